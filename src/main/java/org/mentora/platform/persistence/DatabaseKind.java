package org.mentora.platform.persistence;

import java.util.Locale;

/** The databases Mentora runs on, told apart by the JDBC URL alone. */
public enum DatabaseKind {
  H2("org.h2.jdbcx.JdbcDataSource"),
  POSTGRESQL("org.postgresql.ds.PGSimpleDataSource");

  private final String dataSourceClass;

  DatabaseKind(String dataSourceClass) {
    this.dataSourceClass = dataSourceClass;
  }

  public String dataSourceClass() {
    return dataSourceClass;
  }

  /** The kind for a JDBC URL; anything else is a configuration mistake worth stopping for. */
  public static DatabaseKind fromUrl(String url) {
    String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "Unsupported database URL (expected jdbc:h2: or jdbc:postgresql:): " + redact(url));
  }

  /** A URL fit for a log line: any password given as a parameter is masked. */
  public static String redact(String url) {
    if (url == null) {
      return "(none)";
    }
    return url.replaceAll("(?i)(password=)[^;&]*", "$1****");
  }
}
