package org.mentora.platform.files;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.mentora.platform.NotFoundException;

/**
 * Keeps uploaded files. Internal to the capabilities' services, which decide who may upload and
 * read which file; it checks the file rules itself so no caller can skip them.
 */
@Stateless
public class FileStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Checks and stores an upload in the caller's transaction. */
  public StoredFile store(String field, String filename, byte[] content, String uploadedBy) {
    FileKind kind = FileRules.check(field, filename, content);
    StoredFile file =
        new StoredFile(
            FileRules.safeName(filename, kind),
            kind,
            content.length,
            sha256(content),
            clock.instant(),
            uploadedBy);
    em.persist(file);
    em.flush();
    em.persist(new StoredFileContent(file.getId(), content.clone()));
    return file;
  }

  public byte[] content(StoredFile file) {
    StoredFileContent content = em.find(StoredFileContent.class, file.getId());
    if (content == null) {
      throw new NotFoundException();
    }
    return content.getContent();
  }

  public void delete(StoredFile file) {
    StoredFileContent content = em.find(StoredFileContent.class, file.getId());
    if (content != null) {
      em.remove(content);
    }
    em.remove(em.contains(file) ? file : em.merge(file));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
