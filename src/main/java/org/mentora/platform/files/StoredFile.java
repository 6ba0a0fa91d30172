package org.mentora.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mentora.platform.persistence.BaseEntity;

/**
 * An uploaded file's description. The bytes live in {@link StoredFileContent}, in the database so
 * that every node of a cluster can serve them, and are read only when someone downloads the file.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends BaseEntity {

  private static final long serialVersionUID = 1L;

  @Column(nullable = false, length = FileRules.NAME_MAX)
  private String filename;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FileKind kind;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  protected StoredFile() {}

  StoredFile(
      String filename,
      FileKind kind,
      long sizeBytes,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {
    this.filename = filename;
    this.kind = kind;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public String getFilename() {
    return filename;
  }

  public FileKind getKind() {
    return kind;
  }

  public String getContentType() {
    return kind.contentType();
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
