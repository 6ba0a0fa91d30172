package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
          "format.dateInput",
          "hours.input.hourUnits",
          "hours.input.minuteUnits",
          "logbook.rules.stepLabel");

  /**
   * Words a language shares with English ("lang:key"): Italian "Tutor", "Password", "h", "Menu".
   */
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
          "it:hours.symbol",
          "it:layout.menu");

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

  /**
   * English nouns that are counted. A message with a number directly before one of them ("{0}
   * rows", "{2} ECVET points") reads wrong for 1 ("1 rows") and cannot give Latvian its three
   * forms: it must count through {@code {0,plural,...}}.
   */
  private static final Pattern COUNTED =
      Pattern.compile(
          "\\{(\\d+)(?:,number[^}]*)?\\}\\s+(?:[A-Z]{2,}\\s+)?"
              + "(entries|hours|participants|places|rows|modules|competences|certificates|points"
              + "|areas|levels|targets|days|minutes|weeks|months|years|characters|problems|files"
              + "|editions|programmes|profiles|people|applications|candidates|trainees|things"
              + "|ideas|practices|milestones|mentors|tutors|trainers|items|seats|frameworks"
              + "|topics|users|accounts|waivers|sessions|credits|words|times|members|columns"
              + "|lines|mails|messages|documents|pages|steps|errors|languages)\\b");

  /** Keys Faces formats itself (java.text.MessageFormat, which knows no plurals). */
  private static final String FACES_OWN = "jakarta.faces.";

  @Test
  void everyCountOfANounGoesThroughThePluralRules() {
    List<String> problems = new ArrayList<>();
    for (String part : Text.PARTS) {
      Path file = I18N.resolve(part + ".properties");
      if (!Files.exists(file)) {
        continue;
      }
      Properties english = load(file);
      for (String key : new TreeSet<>(english.stringPropertyNames())) {
        if (key.startsWith(FACES_OWN)) {
          continue;
        }
        Matcher counted = COUNTED.matcher(english.getProperty(key));
        while (counted.find()) {
          problems.add(
              part
                  + ".properties "
                  + key
                  + ": {"
                  + counted.group(1)
                  + "} counts "
                  + counted.group(2)
                  + " without {"
                  + counted.group(1)
                  + ",plural,one{# …} other{# …}}");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " counts without plural:\n" + String.join("\n", problems));
    }
  }

  @Test
  void everyPluralNamesEachFormOfItsLanguage() {
    List<Locale> languages = new ArrayList<>(translations());
    languages.add(Locale.ENGLISH);
    List<String> problems = new ArrayList<>();
    for (Locale language : languages) {
      Set<String> needed = new TreeSet<>(PluralRules.forLocale(language).getKeywords());
      // "many" is for millions in Italian (and French, Spanish): counts here never reach it.
      needed.remove("many");
      Text text = Text.of(language);
      for (String key : text.keySet()) {
        String pattern = text.getString(key);
        if (!pattern.contains("plural")) {
          continue;
        }
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
          MessagePattern.Part part = parsed.getPart(i);
          if (part.getType() != MessagePattern.Part.Type.ARG_START
              || part.getArgType() != MessagePattern.ArgType.PLURAL) {
            continue;
          }
          Set<String> named = new HashSet<>();
          int limit = parsed.getLimitPartIndex(i);
          for (int j = i + 1; j < limit; j++) {
            MessagePattern.Part inner = parsed.getPart(j);
            if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
              named.add(parsed.getSubstring(inner));
            } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
              j = parsed.getLimitPartIndex(j);
            }
          }
          Set<String> lacking = new TreeSet<>(needed);
          lacking.removeAll(named);
          if (!lacking.isEmpty()) {
            problems.add(language + " " + key + " lacks " + lacking + ": " + pattern);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " plurals lack forms:\n" + String.join("\n", problems));
    }
  }

  @Test
  void countsReadRightForOneManyAndFractions() {
    Locale latvian = Locale.forLanguageTag("lv");
    String dayCap = "logbook.duration.dayCap";
    assertEquals(
        "At most 8 h can be logged per day; 1 hour is left for this day.",
        Bundles.format(Locale.ENGLISH, dayCap, 8, 1));
    assertEquals(
        "At most 8 h can be logged per day; 1.5 hours are left for this day.",
        Bundles.format(Locale.ENGLISH, dayCap, 8, new java.math.BigDecimal("1.5")));
    assertTrue(Bundles.format(latvian, dayCap, 8, 1.5).endsWith("vēl var reģistrēt 1,5 stundas."));
    assertTrue(Bundles.format(latvian, dayCap, 8, 21).endsWith("vēl var reģistrēt 21 stundu."));
    assertEquals(
        "Issued 1 certificate; 0 could not be issued.",
        Bundles.format(Locale.ENGLISH, "certification.batch.done", 1, 0));
    assertEquals(
        "Izsniegta 21 apliecība; 0 nevarēja izsniegt.",
        Bundles.format(latvian, "certification.batch.done", 21, 0));
    assertEquals(
        "Izsniegtas 12 apliecības; 1 nevarēja izsniegt.",
        Bundles.format(latvian, "certification.batch.done", 12, 1));
    assertEquals(
        "M1 Basics (1 ECVET point)",
        Bundles.format(
            Locale.ENGLISH,
            "certification.moduleLine",
            "M1",
            "Basics",
            new java.math.BigDecimal("1")));
    assertEquals(
        "M1 Basics (2,5 ECVET punkti)",
        Bundles.format(
            latvian, "certification.moduleLine", "M1", "Basics", new java.math.BigDecimal("2.5")));
    assertEquals(
        "1 row: 1 new, 0 to update, 0 unchanged, 0 with problems.",
        Bundles.format(Locale.ENGLISH, "roster.report.summary", 1, 1, 0, 0, 0));
  }

  /**
   * A page's count reaches the plural as the number it is: an argument a plural counts is not
   * handed over already formatted ({@code #{hours.format(...)}}, {@code #{msg[...]}}).
   */
  @Test
  void pagesHandPluralsNumbersNotText() throws IOException {
    Pattern outputFormat =
        Pattern.compile(
            "<h:outputFormat[^>]*value=\"[^\"]*#\\{msg\\['([^']+)'\\]\\}\"[^>]*>(.*?)</h:outputFormat>",
            Pattern.DOTALL);
    Pattern param = Pattern.compile("<f:param\\s+value=\"([^\"]*)\"");
    Text english = Text.of(Locale.ENGLISH);
    List<String> problems = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    }
    for (Path page : pages) {
      Matcher format = outputFormat.matcher(Files.readString(page));
      while (format.find()) {
        String key = format.group(1);
        if (!english.containsKey(key)) {
          problems.add(page + ": no key " + key);
          continue;
        }
        Set<Integer> plurals = pluralArguments(english.getString(key));
        Matcher values = param.matcher(format.group(2));
        for (int index = 0; values.find(); index++) {
          String value = values.group(1);
          if (plurals.contains(index) && (value.contains("format(") || value.contains("msg["))) {
            problems.add(page + " " + key + ": argument " + index + " is text: " + value);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  static Set<Integer> pluralArguments(String pattern) {
    Set<Integer> found = new TreeSet<>();
    MessagePattern parsed = new MessagePattern(pattern);
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() == MessagePattern.ArgType.PLURAL) {
        found.add(parsed.getPart(i + 1).getValue());
      }
    }
    return found;
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
