package org.mentora.platform.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.mentora.platform.ConcurrentChangeException;

/**
 * Flushes at the end of a service call, inside it, so that two people saving the same record at the
 * same moment get {@link ConcurrentChangeException} (a sentence on the page, nothing lost) instead
 * of a failed commit after the method returned (an error page). Put on services with
 * {@code @Interceptors(ConflictsAsBusinessErrors.class)}.
 */
public class ConflictsAsBusinessErrors {

  @PersistenceContext EntityManager em;

  @AroundInvoke
  public Object flushInside(InvocationContext invocation) throws Exception {
    try {
      Object result = invocation.proceed();
      if (em.isJoinedToTransaction()) {
        em.flush();
      }
      return result;
    } catch (OptimisticLockException | PessimisticLockException e) {
      throw new ConcurrentChangeException();
    } catch (jakarta.persistence.PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentChangeException();
      }
      throw e;
    }
  }
}
