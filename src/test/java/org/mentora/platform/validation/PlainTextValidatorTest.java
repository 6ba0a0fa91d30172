package org.mentora.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

  @Test
  void refusesARightToLeftOverrideThatMakesANameReadBackwards() {
    assertFalse(PlainTextValidator.isPlain("\u202Eevil.pdf", false));
    assertFalse(PlainTextValidator.isPlain("\u202Eevil.pdf", true), "not in free text either");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u2066b", // left-to-right isolate
        "a\u2067b",
        "a\u2068b",
        "a\u2069b", // pop directional isolate
        "a\u202Ab",
        "a\u202Bb",
        "a\u202Cb",
        "a\u202Db",
        "a\u200Eb", // left-to-right mark
        "a\u200Fb",
        "a\u061Cb" // Arabic letter mark
      })
  void refusesEveryDirectionControlEvenInFreeText(String text) {
    assertFalse(PlainTextValidator.isPlain(text, false));
    assertFalse(PlainTextValidator.isPlain(text, true));
  }

  @Test
  void refusesALineBreakOrATabInANameButKeepsThemInFreeText() {
    assertFalse(PlainTextValidator.isPlain("Gunta\nBalode", false));
    assertFalse(PlainTextValidator.isPlain("Gunta\r\nBalode", false));
    assertFalse(PlainTextValidator.isPlain("Gunta\tBalode", false));
    assertFalse(PlainTextValidator.isPlain("Gunta\u2028Balode", false));
    assertTrue(PlainTextValidator.isPlain("First line\nSecond line\twith a tab\r\n", true));
  }

  @Test
  void refusesNulAndOtherControlsEverywhere() {
    assertFalse(PlainTextValidator.isPlain("a\u0000b", false));
    assertFalse(PlainTextValidator.isPlain("a\u0000b", true));
    assertFalse(PlainTextValidator.isPlain("a\u0007b", true));
    assertFalse(PlainTextValidator.isPlain("a\u007Fb", true));
    assertFalse(PlainTextValidator.isPlain("a\u0085b", false), "C1 next line");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Γιώργος Παπαδόπουλος",
        "Анна Кузнецова",
        "Jānis Bērziņš",
        "Ģirts Ķēniņš-Čakste",
        "Ilze Kalniņa, O'Brien & Søn",
        "مكتبة", // Arabic letters themselves are fine, only controls are not
        "Řeřicha 😀"
      })
  void acceptsGreekCyrillicLatvianAndOtherScripts(String name) {
    assertTrue(PlainTextValidator.isPlain(name, false), name);
  }

  @Test
  void nullIsLeftToRequired() {
    assertTrue(PlainTextValidator.isPlain(null, false));
  }

  @Test
  void reportsWhereTheFirstForbiddenCharacterIs() {
    assertEquals(5, PlainTextValidator.firstForbidden("Gunta\nBalode", false));
    assertEquals(-1, PlainTextValidator.firstForbidden("Gunta Balode", false));
  }

  @Test
  void stripsControlsFromAFileNameSoItShowsItsRealOrder() {
    assertEquals("evil.pdf", PlainTextValidator.strip("\u202Eevil.pdf"));
    assertEquals("ab.pdf", PlainTextValidator.strip("a\nb.pdf"));
    assertEquals("Pārskats.pdf", PlainTextValidator.strip("Pārskats.pdf"));
  }
}
