package cn.gongkai.api.application.audit;

import cn.gongkai.api.application.Page;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.audit.AuditEntry;
import cn.gongkai.domain.model.audit.AuditLog;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Reading the audit log: for auditors (纪委/监督) and administrators only. */
@ApplicationScoped
@Transactional
public class AuditQueries {
  @Inject AuditLog log;

  /** A filter on the log; null fields do not filter. */
  public record Filter(
      String actor, String targetType, String targetId, OffsetDateTime from, OffsetDateTime to) {}

  /** The chain's state: entries walked, and the first entry that does not fit, if any. */
  public record Verification(
      long entries, boolean intact, Long firstBrokenEntry, String lastHash) {}

  public Page<AuditEntry> find(Filter f, int offset, int limit, Actor actor) {
    requireReader(actor);
    return new Page<>(
        log.find(f.actor(), f.targetType(), f.targetId(), f.from(), f.to(), offset, limit),
        log.count(f.actor(), f.targetType(), f.targetId(), f.from(), f.to()));
  }

  /** Every entry in order, for an export an auditor keeps. */
  public void export(Consumer<AuditEntry> sink, Actor actor) {
    requireReader(actor);
    log.forEachInOrder(sink);
  }

  /** Walks the whole chain: each entry must hash to itself and point at the one before. */
  public Verification verify(Actor actor) {
    requireReader(actor);
    AtomicLong count = new AtomicLong();
    AtomicReference<String> previous =
        new AtomicReference<>("0000000000000000000000000000000000000000000000000000000000000000");
    AtomicReference<Long> broken = new AtomicReference<>();
    log.forEachInOrder(
        e -> {
          count.incrementAndGet();
          boolean fits =
              e.previousHash().equals(previous.get()) && e.computeHash().equals(e.entryHash());
          if (!fits && broken.get() == null) {
            broken.set(e.id());
          }
          previous.set(e.entryHash());
        });
    return new Verification(count.get(), broken.get() == null, broken.get(), previous.get());
  }

  private static void requireReader(Actor actor) {
    if (!actor.has(Role.AUDITOR) && !actor.has(Role.ADMIN)) {
      throw new PermissionDenied("Only auditors and administrators can read the audit log.");
    }
  }
}
