package org.mentora.course;

/** Transversal modules map to EntreComp, digital ones to DigComp. */
public enum ModuleKind {
  TRANSVERSAL,
  DIGITAL;

  public String labelKey() {
    return "ModuleKind." + name();
  }
}
