package org.mentora.project;

/** Whom a good practice builds digital skills for. Labels come from {@code TargetAudience.*}. */
public enum TargetAudience {
  LABOUR_FORCE,
  ALL,
  ICT_PROFESSIONALS,
  EDUCATION;

  public String labelKey() {
    return "TargetAudience." + name();
  }
}
