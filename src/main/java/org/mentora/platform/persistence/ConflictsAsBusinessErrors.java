package org.mentora.platform.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import org.mentora.platform.BusinessException;
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
    } catch (ConstraintViolationException e) {
      throw refusal(e);
    } catch (OptimisticLockException | PessimisticLockException e) {
      throw new ConcurrentChangeException();
    } catch (jakarta.persistence.PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConcurrentChangeException();
      }
      throw e;
    }
  }

  /**
   * A constraint an entity declares (e.g. {@code @PlainText} on a name a service set from a
   * parameter) broken at persist or flush: the same sentence a form would have shown beside the
   * field, rather than an error page.
   */
  static BusinessException refusal(ConstraintViolationException e) {
    ConstraintViolation<?> violation = e.getConstraintViolations().iterator().next();
    String field = null;
    for (Path.Node node : violation.getPropertyPath()) {
      field = node.getName();
    }
    Object max = violation.getConstraintDescriptor().getAttributes().get("max");
    if (violation.getConstraintDescriptor().getAnnotation() instanceof Size) {
      return BusinessException.onField(field, "validation.tooLongPlain", max);
    }
    String template = violation.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : "validation.required";
    return BusinessException.onField(field, key);
  }
}
