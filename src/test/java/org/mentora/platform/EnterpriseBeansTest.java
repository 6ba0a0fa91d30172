package org.mentora.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentora.support.CompiledClasses;

/**
 * An enterprise bean is reached through the container's proxy, which refuses any method that is not
 * public ("Not a business method … Do not call non-public methods on EJB's") at run time, on the
 * first call, in production. Issue 18 met it twice in one day (Notifier.frequency,
 * PasswordLinks.welcome), both found only by a server test. This rule finds every such method when
 * the classes compile: an instance method of a session bean is public (a business method) or
 * private (a helper), unless the container calls it itself (lifecycle callbacks, observers).
 */
class EnterpriseBeansTest {

  @Test
  void everyInstanceMethodOfASessionBeanIsPublicOrPrivate() {
    List<String> reachableOnlyByAccident = new ArrayList<>();
    for (Class<?> type : CompiledClasses.all()) {
      if (!type.isAnnotationPresent(Stateless.class)
          && !type.isAnnotationPresent(Singleton.class)
          && !type.isAnnotationPresent(Stateful.class)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        int modifiers = method.getModifiers();
        if (method.isSynthetic()
            || Modifier.isStatic(modifiers)
            || Modifier.isPublic(modifiers)
            || Modifier.isPrivate(modifiers)
            || calledByTheContainer(method)) {
          continue;
        }
        reachableOnlyByAccident.add(type.getSimpleName() + "." + method.getName());
      }
    }
    assertEquals(
        List.of(),
        reachableOnlyByAccident,
        "make these public (a business method, with its own @RolesAllowed) or private");
  }

  private static boolean calledByTheContainer(Method method) {
    if (method.isAnnotationPresent(PostConstruct.class)
        || method.isAnnotationPresent(PreDestroy.class)
        || method.isAnnotationPresent(jakarta.interceptor.AroundInvoke.class)
        || method.isAnnotationPresent(jakarta.ejb.Schedule.class)
        || method.isAnnotationPresent(jakarta.ejb.Timeout.class)) {
      return true;
    }
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(Observes.class)
          || parameter.isAnnotationPresent(jakarta.enterprise.event.ObservesAsync.class)) {
        return true;
      }
    }
    return false;
  }
}
