package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.guide.DisclosureGuide;
import cn.gongkai.domain.model.guide.GuideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGuideRepository implements GuideRepository {
  private EntityManager em;

  protected JpaGuideRepository() {}

  @Inject
  public JpaGuideRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<DisclosureGuide> current(long agencyId) {
    return em.createQuery(
            "select g from DisclosureGuide g where g.agencyId = :a order by g.versionNo desc",
            DisclosureGuide.class)
        .setParameter("a", agencyId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DisclosureGuide> versions(long agencyId) {
    return em.createQuery(
            "select g from DisclosureGuide g where g.agencyId = :a order by g.versionNo",
            DisclosureGuide.class)
        .setParameter("a", agencyId)
        .getResultList();
  }

  @Override
  public DisclosureGuide add(DisclosureGuide guide) {
    em.persist(guide);
    em.flush();
    return guide;
  }
}
