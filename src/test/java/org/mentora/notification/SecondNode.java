package org.mentora.notification;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.mentora.platform.persistence.DataSourceConfig;

/**
 * A second application node as far as mail goes: its own db-scheduler, under another name, on the
 * same database and with the same dispatch task as the deployed one (NotificationScheduler), so the
 * two compete for each run as two Payara Micro instances would. Only NotificationIT's deployment
 * holds this class.
 */
@ApplicationScoped
public class SecondNode {

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject MailDispatcher dispatcher;

  private final AtomicInteger runs = new AtomicInteger();
  private Scheduler scheduler;
  private ExecutorService executor;

  public synchronized void start() {
    RecurringTask<Void> dispatch =
        Tasks.recurring(NotificationScheduler.DISPATCH, Schedules.fixedDelay(Duration.ofSeconds(1)))
            .execute(
                (instance, context) -> {
                  runs.incrementAndGet();
                  dispatcher.dispatch();
                });
    executor = Executors.newFixedThreadPool(2, threads);
    scheduler =
        Scheduler.create(dataSource)
            .startTasks(List.of(dispatch))
            .executorService(executor)
            .schedulerName(new SchedulerName.Fixed("second-node"))
            .pollingInterval(Duration.ofMillis(500))
            .shutdownMaxWait(Duration.ofSeconds(5))
            .build();
    scheduler.start();
  }

  /** Threads of the container (they may call its beans) for a test to race with. */
  public ExecutorService threads(int count) {
    return Executors.newFixedThreadPool(count, threads);
  }

  /** How many dispatch runs this node won. */
  public int runs() {
    return runs.get();
  }

  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.stop();
      executor.shutdownNow();
      scheduler = null;
    }
  }
}
