package org.mentora.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The PDF of a {@link Certificate} exactly as issued, kept in the database (every node of a cluster
 * serves the same bytes) and apart, so that listing certificates never loads it.
 */
@Entity
@Table(name = "certificate_file")
public class CertificateFile {

  @Id
  @Column(name = "certificate_id")
  private Long certificateId;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected CertificateFile() {}

  public CertificateFile(Long certificateId, byte[] content) {
    this.certificateId = certificateId;
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}
