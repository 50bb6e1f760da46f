package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.item.IndexSequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Index-number sequences in the database. The UPDATE takes the scope's row lock and holds it to the
 * end of the caller's transaction: a concurrent sign-off in the same scope waits, then counts on
 * from the committed value. ON CONFLICT DO NOTHING (PostgreSQL, and H2 in PostgreSQL mode) creates
 * a scope's row without a race aborting either transaction.
 */
@ApplicationScoped
public class JpaIndexSequences implements IndexSequences {
  private EntityManager em;

  protected JpaIndexSequences() {}

  @Inject
  public JpaIndexSequences(EntityManager em) {
    this.em = em;
  }

  @Override
  public long next(String scope) {
    em.createNativeQuery(
            "INSERT INTO index_sequence (scope, last_value) VALUES (?, 0) ON CONFLICT DO NOTHING")
        .setParameter(1, scope)
        .executeUpdate();
    em.createNativeQuery("UPDATE index_sequence SET last_value = last_value + 1 WHERE scope = ?")
        .setParameter(1, scope)
        .executeUpdate();
    Object value =
        em.createNativeQuery("SELECT last_value FROM index_sequence WHERE scope = ?")
            .setParameter(1, scope)
            .getSingleResult();
    return ((Number) value).longValue();
  }
}
