package org.mentora.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Runs before Arquillian deploys: when the suite targets PostgreSQL and no server answers, the
 * class is skipped with a message that says so, instead of failing on a deployment error.
 */
public class RequiresDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    String url = System.getenv("MENTORA_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try (Connection ignored =
        DriverManager.getConnection(
            url, System.getenv("MENTORA_DB_USER"), System.getenv("MENTORA_DB_PASSWORD"))) {
      // reachable
    } catch (SQLException e) {
      String message =
          "PostgreSQL suite SKIPPED: cannot connect to "
              + url
              + " ("
              + e.getMessage()
              + "). Start PostgreSQL and create the database, see README.md.";
      System.out.println(message);
      throw new TestAbortedException(message);
    }
  }
}
