package org.mentora.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed lookups per address in a sliding window, so guessing verification codes is
 * throttled: an address with {@code max} failures inside the window is blocked until the oldest one
 * leaves it. Pure and thread-safe; the time is passed in.
 */
public final class FailureCounter {

  /** Forget idle addresses now and then, so the map does not grow with every visitor. */
  private static final int SWEEP_EVERY = 1000;

  private final int max;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private int calls;

  public FailureCounter(int max, Duration window) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("max >= 1 and a positive window");
    }
    this.max = max;
    this.window = window;
  }

  /** Whether the address has used up its failures in the window ending now. */
  public boolean blocked(String address, Instant now) {
    Deque<Instant> times = failures.get(address);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times, now);
      return times.size() >= max;
    }
  }

  /** Records a failure of the address at {@code now}. */
  public void fail(String address, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > max) {
        times.removeFirst();
      }
    }
    if (++calls % SWEEP_EVERY == 0) {
      sweep(now);
    }
  }

  int addresses() {
    return failures.size();
  }

  void sweep(Instant now) {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
              }
            });
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant oldest = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
      times.removeFirst();
    }
  }
}
