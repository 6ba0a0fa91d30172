package org.mentora.project;

/**
 * The digital skill level a good practice works at, in DigComp's four bands. Labels come from
 * {@code SkillLevel.*}.
 */
public enum SkillLevel {
  FOUNDATION,
  INTERMEDIATE,
  ADVANCED,
  HIGHLY_SPECIALISED;

  public String labelKey() {
    return "SkillLevel." + name();
  }
}
