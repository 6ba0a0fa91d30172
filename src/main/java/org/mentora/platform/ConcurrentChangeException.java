package org.mentora.platform;

import jakarta.ejb.ApplicationException;

/** Someone else changed the same record first; the caller should reload and decide again. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }
}
