package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every language the installation offers by default has every key of every part, with the same
 * arguments, a text of its own (not English left in place), and formats for the counts people see.
 */
class TranslationsTest {

  private static final Path I18N = Path.of("src/main/resources/i18n");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern INVARIANT =
      Pattern.compile("[\\p{Lu}\\p{N}\\p{P}\\p{S}\\s]*|\\{[^}]*\\}|Mentora.*|https?://.*");

  /** Keys whose English text is the right text in every language (names, codes, symbols). */
  private static final Set<String> SAME_EVERYWHERE =
      Set.of(
          "app.name",
          "app.initial",
          "logbook.export.xlsx",
          "format.time",
          "logbook.rules.stepLabel");

  /** Words a language shares with English ("lang:key"): Italian "Tutor", "Password", "h". */
  private static final Set<String> SAME_IN =
      Set.of(
          "it:StaffRole.TUTOR",
          "it:Role.TUTOR",
          "it:menu.home.tutor",
          "it:participants.tutor",
          "it:assessorRole.TUTOR",
          "it:login.password",
          "it:general.no",
          "it:hours.value",
          "it:certificate.pdf.hours.value",
          "it:hours.symbol");

  static List<Locale> translations() {
    Properties config = load(Path.of("src/main/resources/META-INF/microprofile-config.properties"));
    List<Locale> languages =
        new Languages(
                System.getProperty(
                    Languages.LANGUAGES_KEY, config.getProperty(Languages.LANGUAGES_KEY)),
                "en")
            .offered();
    return languages.stream().filter(l -> !l.getLanguage().equals("en")).toList();
  }

  @Test
  void theShippedConfigurationOffersTheFourPilotLanguages() {
    assertTrue(translations().size() >= 1, "at least one translation is offered");
  }

  @Test
  void everyKeyOfEveryPartIsTranslatedWithTheSameArguments() {
    List<String> problems = new ArrayList<>();
    for (Locale language : translations()) {
      for (String part : Text.PARTS) {
        Path englishFile = I18N.resolve(part + ".properties");
        if (!Files.exists(englishFile)) {
          continue;
        }
        Properties english = load(englishFile);
        Path file = I18N.resolve(part + "_" + language.getLanguage() + ".properties");
        if (!Files.exists(file)) {
          problems.add(file + " is missing");
          continue;
        }
        Properties translated = load(file);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        if (!missing.isEmpty()) {
          problems.add(file + " lacks " + missing);
        }
        if (!extra.isEmpty()) {
          problems.add(file + " has keys English does not: " + extra);
        }
        for (String key : english.stringPropertyNames()) {
          String source = english.getProperty(key);
          String text = translated.getProperty(key);
          if (text == null) {
            continue;
          }
          if (!arguments(source).equals(arguments(text))) {
            problems.add(
                file + " " + key + ": arguments " + arguments(text) + " not " + arguments(source));
          }
          if (text.equals(source)
              && !SAME_EVERYWHERE.contains(key)
              && !SAME_IN.contains(language.getLanguage() + ":" + key)
              && !INVARIANT.matcher(source).matches()) {
            problems.add(file + " " + key + ": still English: " + source);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " translation problems:\n" + String.join("\n", problems));
    }
  }

  @Test
  void everyMessageWithArgumentsFormatsForTheCountsPeopleSee() {
    List<Locale> languages = new ArrayList<>(translations());
    languages.add(Locale.ENGLISH);
    List<String> problems = new ArrayList<>();
    for (Locale language : languages) {
      Text text = Text.of(language);
      for (String key : text.keySet()) {
        String pattern = text.getString(key);
        if (!ARGUMENT.matcher(pattern).find()) {
          continue;
        }
        for (Number count : new Number[] {0, 1, 2, 5, 21, 1.5}) {
          try {
            MessageFormat format = new MessageFormat(pattern, language);
            Format[] formats = format.getFormatsByArgumentIndex();
            Object[] arguments = new Object[Math.max(formats.length, 4)];
            for (int i = 0; i < arguments.length; i++) {
              boolean date =
                  i < formats.length && formats[i] instanceof java.text.DateFormat
                      || i < formats.length && formats[i] instanceof com.ibm.icu.text.DateFormat;
              arguments[i] = date ? new Date(0) : count;
            }
            String result = format.format(arguments);
            if (result.contains("{") && !pattern.contains("'{'")) {
              problems.add(language + " " + key + " left a placeholder: " + result);
            }
          } catch (IllegalArgumentException e) {
            problems.add(language + " " + key + " (" + count + "): " + e.getMessage());
            break;
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " messages do not format:\n" + String.join("\n", problems));
    }
  }

  @Test
  void pluralsFollowTheLanguagesRules() {
    String pattern = "{0,plural,zero{# stundu} one{# stunda} other{# stundas}}";
    Locale latvian = Locale.forLanguageTag("lv");
    assertEquals("1 stunda", Bundles.pattern(latvian, pattern, 1));
    assertEquals("21 stunda", Bundles.pattern(latvian, pattern, 21));
    assertEquals("10 stundu", Bundles.pattern(latvian, pattern, 10));
    assertEquals("1,5 stundas", Bundles.pattern(latvian, pattern, 1.5));
  }

  static Set<String> arguments(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  static Properties load(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
    return properties;
  }
}
