package org.mentora.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.persistence.DatabaseSettings;
import org.mentora.platform.settings.SettingsStore;

/**
 * Decides whether this installation runs in demo mode and, on the first start in that mode, has
 * every capability load its part of the demo world. Also says in the log what started, with which
 * database and in which mode, so an operator can tell at a glance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoMode {

  public static final String DEMO_PASSWORD = "mentora-demo";
  private static final String SEEDED_KEY = "demo.seeded";

  private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

  @Inject
  @ConfigProperty(name = "mentora.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "mentora.demo")
  Optional<String> demoSetting;

  @Inject SettingsStore settings;

  @Inject Event<SeedDemoWorld> seed;

  private DatabaseSettings database;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    database = DatabaseSettings.of(url, demoSetting);
    LOG.info(
        () ->
            String.format(
                "Mentora starting: database %s (%s), demo mode %s",
                database.kind(), database.redactedUrl(), database.demo() ? "ON" : "OFF"));
    if (!database.demo()) {
      return;
    }
    if (settings.get(SEEDED_KEY).isEmpty()) {
      long begin = System.nanoTime();
      seed.fire(new SeedDemoWorld(DEMO_PASSWORD));
      settings.put(SEEDED_KEY, "true");
      LOG.info(
          () ->
              String.format("Demo world loaded in %d ms", (System.nanoTime() - begin) / 1_000_000));
    }
    LOG.info(
        "Demo accounts: admin, trainer, tutor, mentor, trainee (English); trainee-lv, mentor-lv,"
            + " trainee-bg, mentor-bg, trainee-el, mentor-el, trainee-it, mentor-it (in their"
            + " country's language); password for each: "
            + DEMO_PASSWORD);
  }

  public boolean isOn() {
    return database.demo();
  }

  public DatabaseSettings database() {
    return database;
  }
}
