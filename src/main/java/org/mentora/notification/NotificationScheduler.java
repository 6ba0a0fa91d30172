package org.mentora.notification;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentora.platform.persistence.DataSourceConfig;

/**
 * Runs the mail work once per cluster: db-scheduler keeps each task's next run in the database
 * ({@code scheduled_tasks}) and lets one node pick it, so with several nodes the dispatch, the
 * daily digest and the weekly digest each run on one of them, and a node that dies mid-run is
 * noticed by its missing heartbeat and the run revived elsewhere. EJB timers are not coordinated
 * across Payara Micro instances, which is why they are not used.
 *
 * <p>The tasks run on threads from Payara's managed thread factory, so they call the application's
 * beans with the application's context. {@code mentora.scheduler.enabled=false} leaves a node out
 * (for example a node that only serves pages).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationScheduler {

  private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());

  static final String DISPATCH = "mail-dispatch";
  static final String DAILY = "mail-digest-daily";
  static final String WEEKLY = "mail-digest-weekly";
  static final String WATCH = "daily-watch";

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject MailDispatcher dispatcher;
  @Inject MailSettings settings;
  @Inject DailyWatches watches;

  /** When the daily watches run: before the daily digest, so what they find is in it. */
  @Inject
  @ConfigProperty(name = "mentora.notification.watch-at", defaultValue = "06:30")
  String watchAt;

  @Inject
  @ConfigProperty(name = "mentora.scheduler.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "mentora.time-zone", defaultValue = "Europe/Riga")
  String timeZone;

  private Scheduler scheduler;
  private ExecutorService executor;

  @PostConstruct
  void start() {
    if (!enabled) {
      LOG.info("Scheduled work is off on this node (mentora.scheduler.enabled=false)");
      return;
    }
    ZoneId zone = ZoneId.of(timeZone);
    RecurringTask<Void> dispatch =
        Tasks.recurring(DISPATCH, Schedules.fixedDelay(settings.dispatchEvery()))
            .execute((instance, context) -> dispatcher.dispatch());
    RecurringTask<Void> daily =
        Tasks.recurring(DAILY, Schedules.daily(zone, settings.digestAt()))
            .execute((instance, context) -> dispatcher.digest(MailState.DAILY));
    String at = settings.digestAt().getMinute() + " " + settings.digestAt().getHour();
    RecurringTask<Void> weekly =
        Tasks.recurring(WEEKLY, Schedules.cron("0 " + at + " * * MON", zone))
            .execute((instance, context) -> dispatcher.digest(MailState.WEEKLY));
    RecurringTask<Void> watch =
        Tasks.recurring(WATCH, Schedules.daily(zone, LocalTime.parse(watchAt)))
            .execute((instance, context) -> watches.runAll(LocalDate.now(zone)));
    executor = Executors.newFixedThreadPool(2, threads);
    scheduler =
        Scheduler.create(dataSource)
            .startTasks(List.of(dispatch, daily, weekly, watch))
            .executorService(executor)
            .schedulerName(new SchedulerName.Fixed(nodeName()))
            .pollingInterval(pollingInterval(settings.dispatchEvery()))
            .shutdownMaxWait(Duration.ofSeconds(10))
            .build();
    scheduler.start();
    LOG.info(
        () ->
            "Scheduled work started on "
                + nodeName()
                + ": mail dispatch every "
                + settings.dispatchEvery()
                + ", digests at "
                + settings.digestAt()
                + ", daily watches at "
                + watchAt
                + " "
                + zone);
  }

  /** Polls as often as the dispatch runs, at least every 10 s, at most every second. */
  static Duration pollingInterval(Duration dispatchEvery) {
    if (dispatchEvery.compareTo(Duration.ofSeconds(1)) < 0) {
      return Duration.ofSeconds(1);
    }
    return dispatchEvery.compareTo(Duration.ofSeconds(10)) > 0
        ? Duration.ofSeconds(10)
        : dispatchEvery;
  }

  /** The host and process, so that two nodes on one host are told apart in scheduled_tasks. */
  static String nodeName() {
    String name = ManagementFactory.getRuntimeMXBean().getName();
    return name.length() > 50 ? name.substring(0, 50) : name;
  }

  @PreDestroy
  void stop() {
    if (scheduler == null) {
      return;
    }
    try {
      scheduler.stop();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Scheduler stop", e);
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
    }
  }
}
