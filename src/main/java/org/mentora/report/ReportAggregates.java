package org.mentora.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.mentora.platform.security.Role;

/**
 * The dashboards' aggregates that can run beside the others, each on a connection of its own: an
 * edition dashboard makes two passes over its editions' entries (per participant, and per day and
 * mode for the weekly chart), and with two cores neither needs to wait for the other.
 */
@Stateless
public class ReportAggregates {

  @PersistenceContext EntityManager em;

  /** Approved minutes per learning mode per ISO week of the filtered participants. */
  @Asynchronous
  @RolesAllowed(Role.ADMIN_NAME)
  public Future<ReportService.Weekly> weekly(EditionFilter filter) {
    return new AsyncResult<>(ReportService.weekly(em, filter));
  }

  /** The result of an asynchronous aggregate, its failure thrown as it was. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EJBException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof EJBException ejb && ejb.getCause() instanceof RuntimeException inner) {
        throw inner;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new EJBException(e);
    }
  }
}
