package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalNamesTest {

  private static LocalNames named(String main, Map<String, String> names) {
    Map<String, String> own = new HashMap<>(names);
    return new LocalNames() {
      @Override
      public String mainName() {
        return main;
      }

      @Override
      public Map<String, String> getNames() {
        return own;
      }
    };
  }

  @Test
  void showsTheNameInTheLanguageAndFallsBackToTheMainName() {
    LocalNames programme = named("BIBLIO course", Map.of("lv", "BIBLIO kurss", "el", " "));

    assertEquals("BIBLIO kurss", programme.name(Locale.forLanguageTag("lv-LV")));
    assertEquals("BIBLIO kurss", programme.name("lv"));
    assertEquals("BIBLIO course", programme.name(Locale.forLanguageTag("el")));
    assertEquals("BIBLIO course", programme.name(Locale.forLanguageTag("bg")));
    assertEquals("BIBLIO course", programme.name((Locale) null));
  }

  @Test
  void keepsOnlyFilledNamesStrippedAndRemovesEmptiedOnes() {
    Map<String, String> stored = new HashMap<>(Map.of("lv", "Vecais", "bg", "Старо"));
    Map<String, String> edited = new HashMap<>();
    edited.put("LV", "  Jaunais ");
    edited.put("bg", "");
    edited.put("el", null);
    edited.put("it", "Nuovo");

    LocalNames.replace(stored, edited);

    assertEquals(Map.of("lv", "Jaunais", "it", "Nuovo"), stored);
  }

  @Test
  void namesTheLanguageWhoseNameIsTooLong() {
    assertEquals("el", LocalNames.tooLong(Map.of("lv", "īss", "el", "α".repeat(6)), 5));
    assertNull(LocalNames.tooLong(Map.of("lv", "īss"), 5));
  }
}
