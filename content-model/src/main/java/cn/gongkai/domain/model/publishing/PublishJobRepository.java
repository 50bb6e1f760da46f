package cn.gongkai.domain.model.publishing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The publish-job outbox. */
public interface PublishJobRepository {
  PublishJob add(PublishJob job);

  Optional<PublishJob> find(long id);

  List<PublishJob> recent(int offset, int limit);

  long count();

  /** Ids of pending jobs due at {@code now}, oldest first. */
  List<Long> due(OffsetDateTime now, int limit);

  /** Jobs left RUNNING (by a node that died or was stopped). */
  List<PublishJob> running();
}
