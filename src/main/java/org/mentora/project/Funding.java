package org.mentora.project;

/** How a good practice is funded. Labels come from {@code Funding.*}. */
public enum Funding {
  PUBLIC,
  PRIVATE;

  public String labelKey() {
    return "Funding." + name();
  }
}
