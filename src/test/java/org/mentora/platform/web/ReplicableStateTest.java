package org.mentora.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentora.support.CompiledClasses;

/**
 * The application is {@code <distributable/>}: after every request Payara writes the session, with
 * every view-scoped bean in it, to the data grid. One field of a type that is not serializable made
 * the whole map of views fail to serialise (a warning per request in the server log, and a session
 * that could not move to another node), so this rule is checked on the compiled classes: every
 * field a view- or session-scoped bean keeps must be serializable all the way down, or be {@code
 * transient} and read again when needed. Injected fields are the container's business (its object
 * streams replace EJB and CDI proxies).
 */
class ReplicableStateTest {

  @Test
  void everyFieldAViewOrSessionScopedBeanKeepsIsSerializable() throws IOException {
    List<Class<?>> beans = scopedBeans();
    assertTrue(beans.size() > 40, "found only " + beans.size() + " view- or session-scoped beans");
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (kept(field) && !field.isAnnotationPresent(Inject.class)) {
            check(
                field.getGenericType(),
                bean.getSimpleName() + "." + field.getName(),
                problems,
                new HashSet<>());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The rule itself: a list of a non-serializable record is caught, a transient one is not. */
  @Test
  void theCheckFindsANonSerializableElementTypeAndSkipsTransientFields() throws Exception {
    List<String> problems = new ArrayList<>();
    check(
        Sample.class.getDeclaredField("rows").getGenericType(), "rows", problems, new HashSet<>());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("Plain"), problems.toString());
    assertTrue(!kept(Sample.class.getDeclaredField("cache")));
  }

  private static boolean kept(Field field) {
    int m = field.getModifiers();
    return !Modifier.isStatic(m) && !Modifier.isTransient(m);
  }

  private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, problems, seen);
      }
    } else if (type instanceof TypeVariable<?>) {
      // bounded by the beans' own declarations; their concrete types are checked where declared
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        check(c.getComponentType(), path + "[]", problems, seen);
        return;
      }
      if (c.isPrimitive() || c == Object.class) {
        return;
      }
      boolean ours = c.getName().startsWith("org.mentora.");
      if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
        return;
      }
      if (ours && c.isInterface() && !Serializable.class.isAssignableFrom(c) && !c.isSealed()) {
        problems.add(path + ": interface " + c.getName() + " does not extend Serializable");
        return;
      }
      if (ours) {
        if (c.isSealed()) {
          for (Class<?> sub : c.getPermittedSubclasses()) {
            check(sub, path, problems, seen);
          }
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
          for (Field field : k.getDeclaredFields()) {
            if (kept(field)) {
              check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
          }
        }
      }
    }
  }

  private static List<Class<?>> scopedBeans() {
    return CompiledClasses.all().stream()
        .filter(
            c ->
                c.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                    || c.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)
                    || c.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class))
        .toList();
  }

  @SuppressWarnings("unused")
  private static final class Sample implements Serializable {
    private static final long serialVersionUID = 1L;
    private List<Plain> rows;
    private transient List<Plain> cache;
  }

  private record Plain(String text) {}
}
