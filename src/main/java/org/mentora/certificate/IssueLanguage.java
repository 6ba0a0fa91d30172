package org.mentora.certificate;

import java.io.Serializable;

/**
 * The language an administrator chose for certificates being issued: a configured language's tag,
 * or null for each participant's own default (their preferred language, else the edition's, else
 * the installation's); and whether English is printed beside every label.
 */
public record IssueLanguage(String language, boolean alsoEnglish) implements Serializable {

  /** Each participant's default language, one language only. */
  public static final IssueLanguage DEFAULT = new IssueLanguage(null, false);

  public IssueLanguage {
    language = language == null || language.isBlank() ? null : language.strip();
  }
}
