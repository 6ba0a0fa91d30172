package org.mentora.certificate;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.mentora.platform.BusinessException;

/**
 * Issuing was refused because the participant has not completed the edition; the message is the
 * first thing missing, and {@link #shortfalls()} lists them all.
 */
@ApplicationException(rollback = true)
public class NotEligibleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final transient List<Shortfall> shortfalls;

  public NotEligibleException(List<Shortfall> shortfalls) {
    super(shortfalls.get(0).key(), shortfalls.get(0).args());
    this.shortfalls = List.copyOf(shortfalls);
  }

  public List<Shortfall> shortfalls() {
    return shortfalls;
  }
}
