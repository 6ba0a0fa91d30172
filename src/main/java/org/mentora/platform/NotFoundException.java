package org.mentora.platform;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or the caller may not know that it exists.
 *
 * <p>Services throw this rather than an access error for records of other people, so that a
 * forbidden record and a missing one look the same from outside.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound.message");
  }
}
