package cn.gongkai.api.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #LIMIT} failed sign-ins within {@link #WINDOW} for one
 * username, or for one address, further attempts are refused until the window has passed — whether
 * or not the password would now be right. Counts are per node.
 */
@ApplicationScoped
public class SignInGuard {
  static final int LIMIT = 5;
  static final int ADDRESS_LIMIT = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);

  @Inject Clock clock;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** How long the caller must wait, if it is locked out now. */
  public Optional<Duration> lockedOut(String username, String address) {
    Instant now = clock.instant();
    return max(wait("user:" + username, now, LIMIT), wait("addr:" + address, now, ADDRESS_LIMIT));
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    record("user:" + username, now);
    record("addr:" + address, now);
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      prune(times, now);
    }
  }

  private Optional<Duration> wait(String key, Instant now, int limit) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < limit) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
      times.removeFirst();
    }
  }

  private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
  }
}
