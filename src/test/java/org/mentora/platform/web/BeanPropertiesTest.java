package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Named;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentora.support.CompiledClasses;

/**
 * A page property whose getter and setter disagree on its type ({@code int getPage()} beside {@code
 * setPage(Integer)}) is read-only to EL, which then fails the request that sets it (a view
 * parameter, a form field) with a 500. Issue 18's paged lists had one; FoundationIT's sweep of
 * non-numeric parameters found it in the container. This finds it in every named bean when the
 * classes compile.
 */
class BeanPropertiesTest {

  @Test
  void everySetterOfANamedBeanTakesWhatItsGetterGives() {
    List<String> mismatched = new ArrayList<>();
    for (Class<?> type : CompiledClasses.all()) {
      if (!type.isAnnotationPresent(Named.class)) {
        continue;
      }
      for (Method setter : type.getMethods()) {
        if (!setter.getName().startsWith("set")
            || setter.getParameterCount() != 1
            || Modifier.isStatic(setter.getModifiers())
            || setter.getName().length() < 4) {
          continue;
        }
        String property = setter.getName().substring(3);
        Class<?> wanted = setter.getParameterTypes()[0];
        for (String prefix : new String[] {"get", "is"}) {
          try {
            Method getter = type.getMethod(prefix + property);
            if (!getter.getReturnType().equals(wanted)) {
              mismatched.add(
                  type.getSimpleName()
                      + "."
                      + property
                      + ": "
                      + getter.getReturnType().getSimpleName()
                      + " get, "
                      + wanted.getSimpleName()
                      + " set");
            }
          } catch (NoSuchMethodException none) {
            // write-only, or the other prefix
          }
        }
      }
    }
    assertEquals(List.of(), mismatched, "make each getter return what its setter takes");
  }
}
