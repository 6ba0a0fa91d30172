package org.mentora.logbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.mentora.course.Edition;
import org.mentora.platform.ConcurrentChangeException;
import org.mentora.platform.NotFoundException;
import org.mentora.platform.persistence.ConflictsAsBusinessErrors;
import org.mentora.platform.persistence.OptimisticLocks;
import org.mentora.platform.security.Role;

/**
 * An edition's logging rules as an administrator sets them, or the defaults while they have not;
 * the rules themselves are {@link HoursPolicy}'s.
 */
@Stateless
@Interceptors(ConflictsAsBusinessErrors.class)
public class LogbookRulesService {

  /** The version an edition's rules have while it follows the defaults (no row of its own). */
  public static final long DEFAULT_RULES = -1;

  @PersistenceContext EntityManager em;

  /** Sets an edition's logging rules, within {@link HoursPolicy#requireWithinLimits}. */
  @RolesAllowed(Role.ADMIN_NAME)
  public HoursPolicy.Settings saveSettings(
      long editionId, long versionSeen, HoursPolicy.Settings settings) {
    Edition edition =
        java.util.Optional.ofNullable(em.find(Edition.class, editionId))
            .orElseThrow(NotFoundException::new);
    HoursPolicy.requireWithinLimits(settings);
    LogbookRules rules =
        em.createNamedQuery(LogbookRules.OF_EDITION, LogbookRules.class)
            .setParameter("id", editionId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (rules == null) {
      if (versionSeen != DEFAULT_RULES) {
        throw new ConcurrentChangeException();
      }
      em.persist(new LogbookRules(edition, settings));
    } else {
      OptimisticLocks.check(rules, versionSeen);
      rules.apply(settings);
    }
    return settings;
  }

  /**
   * The version of the edition's own rules, which a form keeps to save with, or {@link
   * #DEFAULT_RULES} while the edition follows the defaults.
   */
  public long settingsVersion(long editionId) {
    return em.createNamedQuery(LogbookRules.OF_EDITION, LogbookRules.class)
        .setParameter("id", editionId)
        .getResultStream()
        .findFirst()
        .map(LogbookRules::getVersion)
        .orElse(DEFAULT_RULES);
  }

  /** The edition's logging rules: its own where an administrator set them, else the defaults. */
  public HoursPolicy.Settings settings(long editionId) {
    return em.createNamedQuery(LogbookRules.OF_EDITION, LogbookRules.class)
        .setParameter("id", editionId)
        .getResultStream()
        .findFirst()
        .map(LogbookRules::settings)
        .orElse(HoursPolicy.Settings.DEFAULTS);
  }
}
