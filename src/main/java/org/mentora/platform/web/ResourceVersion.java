package org.mentora.platform.web;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of everything the application serves as a Faces resource except PrimeFaces' own
 * files: the first 12 hex digits of a SHA-256 over the files under {@code /resources/} (style
 * sheets, scripts, images, the generated theme) and the names of the bundled libraries (which carry
 * their versions, e.g. OmniFaces' script). It changes exactly when one of them does, so an address
 * with it names one content for good ({@link VersionedResources}, {@link ResourceCaching}).
 * Computed once per deployment and kept in the servlet context.
 */
public final class ResourceVersion {

  private static final String ATTRIBUTE = ResourceVersion.class.getName();

  private ResourceVersion() {}

  /** This deployment's version. */
  public static String of(ServletContext context) {
    Object known = context.getAttribute(ATTRIBUTE);
    if (known instanceof String version) {
      return version;
    }
    String version = compute(context);
    context.setAttribute(ATTRIBUTE, version);
    return version;
  }

  private static String compute(ServletContext context) {
    Set<String> files = new TreeSet<>();
    collect(context, "/resources/", files);
    Set<String> libraries = new TreeSet<>();
    collect(context, "/WEB-INF/lib/", libraries);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String library : libraries) {
        digest.update(library.getBytes(StandardCharsets.UTF_8));
      }
      byte[] buffer = new byte[8192];
      for (String file : files) {
        digest.update(file.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = context.getResourceAsStream(file)) {
          if (in == null) {
            continue;
          }
          for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(ServletContext context, String folder, Set<String> files) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(context, path, files);
      } else {
        files.add(path);
      }
    }
  }
}
