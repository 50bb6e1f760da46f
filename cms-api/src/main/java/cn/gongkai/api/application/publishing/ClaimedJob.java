package cn.gongkai.api.application.publishing;

import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobKind;

/** A publish job this node claimed, detached from its transaction. */
record ClaimedJob(long id, PublishJobKind kind, Long agencyId, Long itemId, Integer revision) {
  static ClaimedJob of(PublishJob job) {
    return new ClaimedJob(job.id(), job.kind(), job.agencyId(), job.itemId(), job.revisionNo());
  }
}
