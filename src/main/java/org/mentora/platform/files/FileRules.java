package org.mentora.platform.files;

import java.util.Locale;
import org.mentora.platform.BusinessException;
import org.mentora.platform.validation.PlainTextValidator;

/**
 * The rules every uploaded evidence file must pass; one place for waivers, logbook and projects.
 */
public final class FileRules {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int NAME_MAX = 255;

  private FileRules() {}

  /**
   * Checks an upload and returns its real kind. Refuses empty and oversized files and anything that
   * is not really a PDF, PNG or JPEG, whatever its name says.
   */
  public static FileKind check(String field, String filename, byte[] content) {
    if (content == null || content.length == 0) {
      throw BusinessException.onField(field, "file.empty");
    }
    checkSize(field, content.length);
    return FileKind.sniff(content)
        .orElseThrow(() -> BusinessException.onField(field, "file.typeNotAllowed"));
  }

  /** Refuses more than {@link #MAX_BYTES}; callers check this before reading an upload's bytes. */
  public static void checkSize(String field, long size) {
    if (size > MAX_BYTES) {
      throw BusinessException.onField(field, "file.tooLarge", MAX_BYTES / (1024 * 1024));
    }
  }

  /**
   * A file name safe to store and to send back in a Content-Disposition header: the last path
   * segment, without control characters or quotes, with the extension of its real kind.
   */
  public static String safeName(String filename, FileKind kind) {
    String name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // Direction overrides go (so "\u202Efdp.exe" cannot pose as "exe.pdf"); other controls become
    // _.
    name = name.replaceAll("[\\p{Cntrl}\\p{Cc}\u2028\u2029\"<>:*?|]", "_");
    name = PlainTextValidator.strip(name).strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isBlank()) {
      base = "evidence";
    }
    if (base.length() > NAME_MAX - 5) {
      base = base.substring(0, NAME_MAX - 5);
    }
    return base + "." + kind.extension().toLowerCase(Locale.ROOT);
  }
}
