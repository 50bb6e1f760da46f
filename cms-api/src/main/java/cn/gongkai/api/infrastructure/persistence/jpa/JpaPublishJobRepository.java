package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.publishing.PublishJobState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPublishJobRepository implements PublishJobRepository {
  private EntityManager em;

  protected JpaPublishJobRepository() {}

  @Inject
  public JpaPublishJobRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public PublishJob add(PublishJob job) {
    em.persist(job);
    em.flush();
    return job;
  }

  @Override
  public Optional<PublishJob> find(long id) {
    return Optional.ofNullable(em.find(PublishJob.class, id));
  }

  @Override
  public List<PublishJob> recent(int offset, int limit) {
    return em.createQuery("select j from PublishJob j order by j.id desc", PublishJob.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(j) from PublishJob j", Long.class).getSingleResult();
  }

  @Override
  public List<Long> due(OffsetDateTime now, int limit) {
    return em.createQuery(
            "select j.id from PublishJob j where j.state = :s and j.nextAttemptAt <= :now"
                + " order by j.id",
            Long.class)
        .setParameter("s", PublishJobState.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<PublishJob> running() {
    return em.createQuery("select j from PublishJob j where j.state = :s", PublishJob.class)
        .setParameter("s", PublishJobState.RUNNING)
        .getResultList();
  }
}
