package cn.gongkai.domain.model.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The audit log: append, read, and walk it in order to verify the chain. */
public interface AuditLog {
  /** Appends the entry after the current head, holding the head's lock until commit. */
  void append(AuditEntry entry);

  /** Entries matching the filter, newest first. Null filter fields do not filter. */
  List<AuditEntry> find(
      String actor,
      String targetType,
      String targetId,
      OffsetDateTime from,
      OffsetDateTime to,
      int offset,
      int limit);

  long count(
      String actor, String targetType, String targetId, OffsetDateTime from, OffsetDateTime to);

  /** Every entry in append order, one at a time. */
  void forEachInOrder(Consumer<AuditEntry> action);
}
