package org.mentora.platform.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types Mentora accepts as evidence, recognised by their first bytes rather than by the
 * name or the type the browser claims: an executable renamed to {@code .pdf} is refused.
 */
public enum FileKind {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String contentType;
  private final String extension;
  private final byte[] signature;

  FileKind(String contentType, String extension, byte[] signature) {
    this.contentType = contentType;
    this.extension = extension;
    this.signature = signature;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The kind whose signature the content starts with, if any. */
  public static Optional<FileKind> sniff(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
  }

  private boolean matches(byte[] content) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
