package org.mentora.competence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.mentora.platform.i18n.Bundles;

/** Every value of the competence enums has a label, so no page shows a bare key. */
class CompetenceTextsTest {

  private final ResourceBundle english = Bundles.text(Locale.ENGLISH);

  @Test
  void everyCompetenceEnumValueHasALabel() {
    List<String> keys = new ArrayList<>();
    for (CountingRule value : CountingRule.values()) {
      keys.add(value.getKey());
    }
    for (AssessmentMoment value : AssessmentMoment.values()) {
      keys.add(value.getKey());
    }
    for (AssessorRole value : AssessorRole.values()) {
      keys.add(value.getKey());
    }
    for (EvidenceKind value : EvidenceKind.values()) {
      keys.add(value.getKey());
    }
    for (String key : keys) {
      assertTrue(english.containsKey(key), key);
    }
  }

  @Test
  void theFrameworksValidationMessagesExist() {
    for (String key :
        List.of(
            "framework.code.required",
            "framework.name.required",
            "framework.versionLabel.required")) {
      assertTrue(english.containsKey(key), key);
    }
  }
}
