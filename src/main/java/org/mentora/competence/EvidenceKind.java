package org.mentora.competence;

/** What a rating's evidence points at. */
public enum EvidenceKind {
  LOG_ENTRY,
  MILESTONE,
  FILE;

  public String getKey() {
    return "evidenceKind." + name();
  }
}
