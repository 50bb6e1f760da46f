package cn.gongkai.api.application;

import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading the publish-job outbox: state, pages written, gate findings, release. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishJobQueries {
  @Inject PublishJobRepository jobs;

  public Page<PublishJob> recent(int offset, int limit, Actor actor) {
    return new Page<>(jobs.recent(offset, limit), jobs.count());
  }

  public PublishJob find(long id, Actor actor) {
    PublishJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("Publish job", id));
    if (job.agencyId() != null && !actor.inAgency(job.agencyId())) {
      throw new PermissionDenied("The publish job belongs to another agency.");
    }
    return job;
  }
}
