package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.agency.Department;
import cn.gongkai.domain.model.agency.OrgCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {
  private EntityManager em;

  protected JpaAgencyRepository() {}

  @Inject
  public JpaAgencyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Agency> find(long id) {
    return Optional.ofNullable(em.find(Agency.class, id));
  }

  @Override
  public Optional<Agency> findBySlug(String slug) {
    return em.createQuery("select a from Agency a where a.slug = :s", Agency.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Agency> findByOrgCode(OrgCode code) {
    return em.createQuery("select a from Agency a where a.orgCode.value = :c", Agency.class)
        .setParameter("c", code.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Agency> findAll() {
    return em.createQuery("select a from Agency a order by a.id", Agency.class).getResultList();
  }

  @Override
  public Agency add(Agency agency) {
    em.persist(agency);
    em.flush();
    return agency;
  }

  @Override
  public Department addDepartment(Department department) {
    em.persist(department);
    em.flush();
    return department;
  }

  @Override
  public List<Department> departments(long agencyId) {
    return em.createQuery(
            "select d from Department d where d.agencyId = :a order by d.id", Department.class)
        .setParameter("a", agencyId)
        .getResultList();
  }

  @Override
  public Optional<Department> findDepartment(long id) {
    return Optional.ofNullable(em.find(Department.class, id));
  }
}
