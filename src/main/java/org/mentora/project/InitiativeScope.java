package org.mentora.project;

/**
 * Whether a good practice is a national or an international initiative. Labels come from {@code
 * InitiativeScope.*}.
 */
public enum InitiativeScope {
  NATIONAL,
  INTERNATIONAL;

  public String labelKey() {
    return "InitiativeScope." + name();
  }
}
