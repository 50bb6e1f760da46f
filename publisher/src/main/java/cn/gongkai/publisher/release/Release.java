package cn.gongkai.publisher.release;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable release (发布版本): a root tree hash, hence a full path to SHA-256 manifest, and the
 * release it was built on, which is where {@link ReleaseStore#rollback()} goes back to.
 */
public record Release(
    ReleaseId id,
    TreeHash root,
    Optional<ReleaseId> parent,
    Instant createdAt,
    long fileCount,
    ReleaseCounts counts,
    String note) {

  public Release {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(counts, "counts");
    note = note == null ? "" : note;
  }
}
