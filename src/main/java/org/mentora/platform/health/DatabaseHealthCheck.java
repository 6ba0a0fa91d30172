package org.mentora.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mentora.platform.persistence.DataSourceConfig;
import org.mentora.platform.security.Role;

/**
 * Ready only while the database answers: a load balancer stops sending users to a node that is cut
 * off. {@code /health} is public (load balancers call it without a login), so only the status and
 * the latency are shown to everyone; which database it is and where (what an attacker would like to
 * know first) only to a signed-in administrator.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject SecurityContext security;

  @Override
  public HealthCheckResponse call() {
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      HealthCheckResponseBuilder response =
          HealthCheckResponse.named("database")
              .status(valid)
              .withData("latencyMs", (System.nanoTime() - start) / 1_000_000);
      if (administrator()) {
        DatabaseMetaData meta = connection.getMetaData();
        response
            .withData("product", meta.getDatabaseProductName())
            .withData("version", meta.getDatabaseProductVersion())
            .withData("url", withoutParameters(meta.getURL()));
      }
      return response.build();
    } catch (SQLException e) {
      HealthCheckResponseBuilder response = HealthCheckResponse.named("database").down();
      if (administrator()) {
        response.withData("error", e.getClass().getSimpleName());
      }
      return response.build();
    }
  }

  private boolean administrator() {
    try {
      return security.isCallerInRole(Role.ADMIN_NAME);
    } catch (RuntimeException outsideARequest) {
      return false;
    }
  }

  /** A JDBC URL without what may follow the address (PostgreSQL takes a password there). */
  static String withoutParameters(String url) {
    if (url == null) {
      return null;
    }
    int cut = url.indexOf('?');
    return cut < 0 ? url : url.substring(0, cut);
  }
}
