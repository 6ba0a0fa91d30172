package org.mentora.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link DailyWatch} of the application for a day, each in its own transaction, so that
 * one that fails (logged) does not keep the others from telling. Called by the scheduler once a
 * day, once per cluster.
 */
@Stateless
public class DailyWatches {

  private static final Logger LOG = Logger.getLogger(DailyWatches.class.getName());

  @Inject @Any Instance<DailyWatch> watches;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runAll(LocalDate today) {
    int told = 0;
    for (DailyWatch watch : watches) {
      try {
        told += watch.watch(today);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "The daily watch " + watch + " failed on " + today, e);
      }
    }
    int total = told;
    LOG.info(() -> "Daily watches of " + today + ": " + total + " notifications");
    return told;
  }
}
