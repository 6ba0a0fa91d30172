package org.mentora.platform.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Application-level key/value facts kept in the database, so every node of a cluster sees them.
 * Internal to the platform: no user calls this directly.
 */
@Stateless
public class SettingsStore {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public Optional<String> get(String key) {
    return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::getValue);
  }

  public void put(String key, String value) {
    Setting setting = em.find(Setting.class, key);
    if (setting == null) {
      em.persist(new Setting(key, value, clock.instant()));
    } else {
      setting.change(value, clock.instant());
    }
  }

  public void remove(String key) {
    Setting setting = em.find(Setting.class, key);
    if (setting != null) {
      em.remove(setting);
    }
  }
}
