package org.mentora.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application's own top-level classes as compiled in {@code target/classes}, for rules checked
 * on the code itself (which beans keep what, which pages keep state). Nested and generated classes
 * are left out, and so is a class that cannot be loaded outside the container.
 */
public final class CompiledClasses {

  private static final Path CLASSES = Path.of("target/classes");

  private CompiledClasses() {}

  public static List<Class<?>> all() {
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = CompiledClasses.class.getClassLoader();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$") || name.contains("__")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
          // not loadable outside the container: not a class these rules can read
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }
}
