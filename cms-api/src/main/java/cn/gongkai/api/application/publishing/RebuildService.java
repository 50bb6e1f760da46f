package cn.gongkai.api.application.publishing;

import cn.gongkai.api.application.JobQueued;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Queues a full rebuild of the site (after a theme or configuration change, or to be sure). */
@ApplicationScoped
public class RebuildService {
  @Inject PublishJobRepository jobs;
  @Inject Event<JobQueued> queued;
  @Inject Clock clock;

  @Transactional
  public PublishJob queue(Actor actor) {
    if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
      throw new PermissionDenied(
          "Only the disclosure office or an administrator can rebuild the site.");
    }
    PublishJob job = jobs.add(PublishJob.fullRebuild(actor.username(), OffsetDateTime.now(clock)));
    queued.fire(new JobQueued());
    return job;
  }
}
