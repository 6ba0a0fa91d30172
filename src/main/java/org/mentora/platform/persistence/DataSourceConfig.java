package org.mentora.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one database, defined by MicroProfile Config keys so that environment variables
 * ({@code MENTORA_DB_URL}, {@code MENTORA_DB_USER}, {@code MENTORA_DB_PASSWORD}) choose H2 or
 * PostgreSQL at start-up. Defaults live in {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "org.mentora.platform.persistence.RoutingDataSource",
    url = "${MPCONFIG=mentora.db.url}",
    user = "${MPCONFIG=mentora.db.user}",
    password = "${MPCONFIG=mentora.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // The pool keeps each connection's prepared statements: H2 spent 7 % of a page parsing SQL.
      // The blank type works round Payara 6647 (no type given reads as the type "null").
      "fish.payara.statement-cache-size=200",
      "fish.payara.statement-cache-type= "
    })
@Singleton
public class DataSourceConfig {

  public static final String JNDI_NAME = "java:app/jdbc/mentora";
}
