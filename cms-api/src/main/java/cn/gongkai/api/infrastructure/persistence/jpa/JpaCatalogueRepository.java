package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCatalogueRepository implements CatalogueRepository {
  private EntityManager em;

  protected JpaCatalogueRepository() {}

  @Inject
  public JpaCatalogueRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Catalogue> find(long id) {
    return Optional.ofNullable(em.find(Catalogue.class, id));
  }

  @Override
  public Optional<Catalogue> findByCode(long agencyId, String code) {
    return em.createQuery(
            "select c from Catalogue c where c.agencyId = :a and c.code = :c", Catalogue.class)
        .setParameter("a", agencyId)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Catalogue> tree(long agencyId) {
    List<Catalogue> all =
        em.createQuery("select c from Catalogue c where c.agencyId = :a", Catalogue.class)
            .setParameter("a", agencyId)
            .getResultList();
    return depthFirst(all);
  }

  @Override
  public List<Catalogue> findAll() {
    return em.createQuery("select c from Catalogue c order by c.agencyId, c.id", Catalogue.class)
        .getResultList();
  }

  @Override
  public Catalogue add(Catalogue catalogue) {
    em.persist(catalogue);
    em.flush();
    return catalogue;
  }

  /** Parents before their children, siblings by position then id. */
  static List<Catalogue> depthFirst(List<Catalogue> all) {
    Comparator<Catalogue> order =
        Comparator.comparingInt(Catalogue::position).thenComparing(Catalogue::id);
    Map<Long, List<Catalogue>> byParent =
        all.stream()
            .filter(c -> c.parentId() != null)
            .collect(Collectors.groupingBy(Catalogue::parentId));
    List<Catalogue> out = new ArrayList<>();
    all.stream()
        .filter(c -> c.parentId() == null)
        .sorted(order)
        .forEach(root -> visit(root, byParent, order, out));
    return out;
  }

  private static void visit(
      Catalogue node,
      Map<Long, List<Catalogue>> byParent,
      Comparator<Catalogue> order,
      List<Catalogue> out) {
    out.add(node);
    byParent.getOrDefault(node.id(), List.of()).stream()
        .sorted(order)
        .forEach(child -> visit(child, byParent, order, out));
  }
}
