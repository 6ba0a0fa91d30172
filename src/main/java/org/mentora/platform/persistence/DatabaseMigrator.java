package org.mentora.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this build expects before anything else touches the database.
 *
 * <p>Flyway owns the schema; EclipseLink never generates DDL. Bean-managed transactions because
 * Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  private DataSource dataSource;

  private String schemaVersion;

  @PostConstruct
  void migrate() {
    long start = System.nanoTime();
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .baselineOnMigrate(false)
            .load();
    MigrateResult result = flyway.migrate();
    schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
    LOG.info(
        () ->
            String.format(
                "Mentora database schema at version %s (%d migration(s) applied in %d ms)",
                schemaVersion, result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
