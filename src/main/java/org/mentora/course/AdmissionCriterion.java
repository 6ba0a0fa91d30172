package org.mentora.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What admission ranks candidates by, in the order an edition chooses. The BIBLIO rule: first those
 * who finished the MOOC, then those with a host library, then those with a project idea; earlier
 * applications first among equals.
 */
public enum AdmissionCriterion {
  MOOC_COMPLETED,
  HOST_LIBRARY,
  PROJECT_IDEA;

  public static final List<AdmissionCriterion> DEFAULT_RULE =
      List.of(MOOC_COMPLETED, HOST_LIBRARY, PROJECT_IDEA);

  public String labelKey() {
    return "AdmissionCriterion." + name();
  }

  /** Reads a stored rule such as {@code MOOC_COMPLETED,HOST_LIBRARY}; unknown names are skipped. */
  public static List<AdmissionCriterion> parse(String rule) {
    if (rule == null || rule.isBlank()) {
      return DEFAULT_RULE;
    }
    List<AdmissionCriterion> criteria = new ArrayList<>();
    for (String part : rule.split(",")) {
      try {
        AdmissionCriterion criterion = valueOf(part.strip().toUpperCase(Locale.ROOT));
        if (!criteria.contains(criterion)) {
          criteria.add(criterion);
        }
      } catch (IllegalArgumentException e) {
        // an old or mistyped name: ignore it rather than lose the rest of the rule
      }
    }
    return criteria;
  }

  public static String format(List<AdmissionCriterion> criteria) {
    return String.join(",", criteria.stream().map(Enum::name).toList());
  }
}
