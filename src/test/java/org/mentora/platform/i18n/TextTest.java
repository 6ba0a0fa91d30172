package org.mentora.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.mentora.directory.OrganisationKind;
import org.mentora.platform.security.Role;

class TextTest {

  private final ResourceBundle english = Bundles.text(Locale.ENGLISH);

  @Test
  void mergesTheBundleOfEveryCapability() {
    assertEquals("Mentora", english.getString("app.name"));
    assertTrue(english.containsKey("setup.title"), "directory part is merged");
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglish() {
    assertEquals("Log in", Bundles.text(Locale.forLanguageTag("sw")).getString("login.title"));
    assertEquals(Locale.ENGLISH, Bundles.supported(Locale.forLanguageTag("sw")));
  }

  @Test
  void formatsArgumentsInTheUsersLanguage() {
    assertEquals(
        "Welcome, Jānis Bērziņš.", Bundles.format(Locale.ENGLISH, "home.welcome", "Jānis Bērziņš"));
  }

  @Test
  void aMissingKeyShowsItselfRatherThanFailingThePage() {
    assertEquals("no.such.key", Bundles.format(Locale.ENGLISH, "no.such.key"));
  }

  @Test
  void everyEnumValueHasALabel() {
    for (Role role : Role.values()) {
      assertTrue(english.containsKey(role.labelKey()), role.labelKey());
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertTrue(english.containsKey(kind.labelKey()), kind.labelKey());
    }
  }

  @Test
  void noTextIsEmpty() {
    for (String key : english.keySet()) {
      assertFalse(english.getString(key).isBlank(), key);
    }
  }

  @Test
  void textsWithArgumentsDoNotLoseApostrophesToMessageFormat() {
    for (String key : english.keySet()) {
      String text = english.getString(key);
      if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
        throw new AssertionError(
            key + ": write '' for an apostrophe in a text with arguments: " + text);
      }
    }
  }

  @Test
  void textsWithoutArgumentsShowTheirApostrophesAsWritten() {
    for (String key : english.keySet()) {
      String text = english.getString(key);
      if (!text.matches("(?s).*\\{\\d.*") && text.contains("''")) {
        throw new AssertionError(
            key + ": a text without arguments is shown as written, so '' shows twice: " + text);
      }
    }
  }
}
