package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.audit.AuditEntry;
import cn.gongkai.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The audit log in the database. Appends lock the single head row (SELECT … FOR UPDATE), so
 * concurrent appends — on one node or several — chain in one order.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
  private static final int BATCH = 1000;

  private EntityManager em;

  protected JpaAuditLog() {}

  @Inject
  public JpaAuditLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(AuditEntry entry) {
    String head =
        (String)
            em.createNativeQuery("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    entry.chainAfter(head);
    em.persist(entry);
    em.createNativeQuery("UPDATE audit_head SET last_hash = ? WHERE id = 1")
        .setParameter(1, entry.entryHash())
        .executeUpdate();
  }

  @Override
  public List<AuditEntry> find(
      String actor,
      String targetType,
      String targetId,
      OffsetDateTime from,
      OffsetDateTime to,
      int offset,
      int limit) {
    return query(
            "select e from AuditEntry e",
            actor,
            targetType,
            targetId,
            from,
            to,
            " order by e.id desc",
            AuditEntry.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(
      String actor, String targetType, String targetId, OffsetDateTime from, OffsetDateTime to) {
    return query(
            "select count(e) from AuditEntry e",
            actor,
            targetType,
            targetId,
            from,
            to,
            "",
            Long.class)
        .getSingleResult();
  }

  @Override
  public void forEachInOrder(Consumer<AuditEntry> action) {
    long after = 0;
    while (true) {
      List<AuditEntry> batch =
          em.createQuery(
                  "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(action);
      after = batch.get(batch.size() - 1).id();
      em.clear();
    }
  }

  private <T> TypedQuery<T> query(
      String select,
      String actor,
      String targetType,
      String targetId,
      OffsetDateTime from,
      OffsetDateTime to,
      String order,
      Class<T> type) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    if (actor != null) {
      where.add("e.actor = :actor");
      params.put("actor", actor);
    }
    if (targetType != null) {
      where.add("e.targetType = :targetType");
      params.put("targetType", targetType);
    }
    if (targetId != null) {
      where.add("e.targetId = :targetId");
      params.put("targetId", targetId);
    }
    if (from != null) {
      where.add("e.at >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.add("e.at < :to");
      params.put("to", to);
    }
    String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
    TypedQuery<T> q = em.createQuery(jpql, type);
    params.forEach(q::setParameter);
    return q;
  }
}
