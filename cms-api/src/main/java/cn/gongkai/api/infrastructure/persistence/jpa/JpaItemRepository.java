package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.item.Attachment;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemEvent;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.item.ItemRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaItemRepository implements ItemRepository {
  private EntityManager em;

  protected JpaItemRepository() {}

  @Inject
  public JpaItemRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<DisclosureItem> find(long id) {
    return Optional.ofNullable(em.find(DisclosureItem.class, id));
  }

  @Override
  public List<DisclosureItem> search(ItemFilter filter, int offset, int limit) {
    if (filter.ids() != null && filter.ids().isEmpty()) {
      return List.of();
    }
    return query(
            "select i from DisclosureItem i",
            filter,
            " order by i.updatedAt desc, i.id desc",
            DisclosureItem.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(ItemFilter filter) {
    if (filter.ids() != null && filter.ids().isEmpty()) {
      return 0;
    }
    return query("select count(i) from DisclosureItem i", filter, "", Long.class).getSingleResult();
  }

  @Override
  public List<DisclosureItem> batchAfter(long afterId, int limit) {
    return em.createQuery(
            "select i from DisclosureItem i where i.id > :after order by i.id",
            DisclosureItem.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  private <T> TypedQuery<T> query(String select, ItemFilter f, String order, Class<T> type) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    if (f.state() != null) {
      where.add("i.state = :state");
      params.put("state", f.state());
    }
    if (f.agencyId() != null) {
      where.add("i.agencyId = :agency");
      params.put("agency", f.agencyId());
    }
    if (f.catalogueId() != null) {
      where.add("i.catalogueId = :catalogue");
      params.put("catalogue", f.catalogueId());
    }
    if (f.departmentId() != null) {
      where.add("i.departmentId = :department");
      params.put("department", f.departmentId());
    }
    if (f.ids() != null) {
      where.add("i.id in :ids");
      params.put("ids", List.copyOf(f.ids()));
    }
    String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
    TypedQuery<T> q = em.createQuery(jpql, type);
    params.forEach(q::setParameter);
    return q;
  }

  @Override
  public DisclosureItem add(DisclosureItem item) {
    em.persist(item);
    em.flush();
    return item;
  }

  @Override
  public void addEvent(ItemEvent event) {
    em.persist(event);
  }

  @Override
  public List<ItemEvent> history(long itemId) {
    return em.createQuery(
            "select e from ItemEvent e where e.itemId = :i order by e.at, e.id", ItemEvent.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  @Override
  public void addRevision(ItemRevision revision) {
    em.persist(revision);
  }

  @Override
  public Optional<ItemRevision> revision(long itemId, int revisionNo) {
    return em.createQuery(
            "select r from ItemRevision r where r.itemId = :i and r.revisionNo = :n",
            ItemRevision.class)
        .setParameter("i", itemId)
        .setParameter("n", revisionNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ItemRevision> revisions(long itemId) {
    return em.createQuery(
            "select r from ItemRevision r where r.itemId = :i order by r.revisionNo",
            ItemRevision.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  @Override
  public Attachment addAttachment(Attachment attachment) {
    em.persist(attachment);
    em.flush();
    return attachment;
  }

  @Override
  public List<Attachment> attachments(long itemId) {
    return em.createQuery(
            "select a from Attachment a where a.itemId = :i order by a.position, a.id",
            Attachment.class)
        .setParameter("i", itemId)
        .getResultList();
  }

  @Override
  public Optional<Attachment> findAttachment(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public void removeAttachment(Attachment attachment) {
    em.remove(em.contains(attachment) ? attachment : em.merge(attachment));
  }

  @Override
  public void flush() {
    em.flush();
  }
}
