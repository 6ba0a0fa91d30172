package org.mentora.certificate;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch of certificates being issued in the background: how far it got and which participants
 * failed, with the reason as a bundle key and arguments.
 */
public final class IssueBatch implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A participant the batch could not issue to, and why. */
  public record Failure(long enrolmentId, String name, String key, List<Object> arguments)
      implements Serializable {
    public Failure {
      arguments = List.copyOf(arguments);
    }

    public String getName() {
      return name;
    }
  }

  private final String id;
  private final long editionId;
  private final int total;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger issued = new AtomicInteger();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
  private volatile boolean finished;

  IssueBatch(String id, long editionId, int total) {
    this.id = id;
    this.editionId = editionId;
    this.total = total;
    this.finished = total == 0;
  }

  void issued() {
    issued.incrementAndGet();
    done.incrementAndGet();
  }

  void failed(Failure failure) {
    failures.add(failure);
    done.incrementAndGet();
  }

  void finish() {
    finished = true;
  }

  public String id() {
    return id;
  }

  public long editionId() {
    return editionId;
  }

  public int total() {
    return total;
  }

  public int done() {
    return done.get();
  }

  public int issuedCount() {
    return issued.get();
  }

  public List<Failure> failures() {
    return List.copyOf(failures);
  }

  public boolean finished() {
    return finished;
  }

  /** 0-100 for the progress bar. */
  public int percent() {
    return total == 0 ? 100 : done.get() * 100 / total;
  }
}
