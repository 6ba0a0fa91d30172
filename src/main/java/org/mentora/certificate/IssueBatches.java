package org.mentora.certificate;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentora.platform.BusinessException;
import org.mentora.platform.NotFoundException;

/**
 * Runs batches of certificate issues on the container's managed executor, each certificate in its
 * own transaction, and keeps their progress for the page to poll. A batch lives in this node's
 * memory: the load balancer is sticky, so the administrator's polls come back here.
 */
@ApplicationScoped
public class IssueBatches {

  private static final Logger LOG = Logger.getLogger(IssueBatches.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject CertificateService certificates;

  private final Map<String, IssueBatch> batches = new ConcurrentHashMap<>();

  /** A participant to issue to, with the name to report a failure under. */
  public record Target(long enrolmentId, String name) {}

  /**
   * Starts issuing in the background; the caller's identity goes along (the managed executor
   * propagates the security context), so every issue is still checked as the administrator's.
   */
  public IssueBatch start(long editionId, List<Target> targets, IssueLanguage choice) {
    IssueBatch batch = new IssueBatch(UUID.randomUUID().toString(), editionId, targets.size());
    batches.put(batch.id(), batch);
    executor.submit(() -> run(batch, targets, choice));
    return batch;
  }

  private void run(IssueBatch batch, List<Target> targets, IssueLanguage choice) {
    try {
      for (Target target : targets) {
        try {
          certificates.issueAlone(target.enrolmentId(), choice);
          batch.issued();
        } catch (NotEligibleException refused) {
          batch.failed(failure(target, refused));
        } catch (BusinessException refused) {
          batch.failed(failure(target, refused));
        } catch (RuntimeException e) {
          Throwable cause = e.getCause();
          if (cause instanceof BusinessException refused) {
            batch.failed(failure(target, refused));
          } else {
            LOG.log(Level.WARNING, "Issuing to enrolment " + target.enrolmentId() + " failed", e);
            batch.failed(
                new IssueBatch.Failure(
                    target.enrolmentId(), target.name(), "certification.batch.failed", List.of()));
          }
        }
      }
    } finally {
      batch.finish();
    }
  }

  private static IssueBatch.Failure failure(Target target, BusinessException refused) {
    return new IssueBatch.Failure(
        target.enrolmentId(), target.name(), refused.messageKey(), List.of(refused.arguments()));
  }

  /** The batch, when it exists; finished ones are kept until the node restarts or forgets them. */
  public IssueBatch get(String id) {
    return Optional.ofNullable(id).map(batches::get).orElseThrow(NotFoundException::new);
  }

  /** Drops finished batches once read, so the map does not grow. */
  public void forget(String id) {
    batches.computeIfPresent(id, (key, batch) -> batch.finished() ? null : batch);
  }
}
