package org.mentora.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentora.platform.i18n.Bundles;

/**
 * ISO 3166 countries and ISO 639 languages for select boxes, named in the viewer's language by the
 * JDK, so no list of names is kept by hand.
 */
@Named
@ApplicationScoped
public class Countries {

  /** A choice for a select box. */
  public record Choice(String code, String name) {}

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  public List<Choice> getAll() {
    Locale viewer = viewer();
    Collator collator = Collator.getInstance(viewer);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Choice(code, new Locale("", code).getDisplayCountry(viewer)))
        .sorted(Comparator.comparing(Choice::name, collator))
        .toList();
  }

  /** The European Union's official languages first would suit the programme; all are offered. */
  public List<Choice> getLanguages() {
    Locale viewer = viewer();
    Collator collator = Collator.getInstance(viewer);
    return Arrays.stream(Locale.getISOLanguages())
        .map(code -> new Choice(code, Locale.forLanguageTag(code).getDisplayLanguage(viewer)))
        .filter(choice -> !choice.name().equals(choice.code()))
        .sorted(Comparator.comparing(Choice::name, collator))
        .toList();
  }

  /** The installation's languages ({@code mentora.languages}), each named in its own language. */
  public List<Choice> getOfferedLanguages() {
    return Bundles.languages().stream()
        .map(language -> new Choice(language.getLanguage(), ownName(language)))
        .toList();
  }

  private static String ownName(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.isEmpty()
        ? language.getLanguage()
        : name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }

  public String name(String code) {
    return code == null ? "" : new Locale("", code).getDisplayCountry(viewer());
  }

  public String languageName(String code) {
    return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(viewer());
  }

  public static boolean isCountry(String code) {
    return code != null && CODES.contains(code);
  }

  private static Locale viewer() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }
}
