package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.user.UserSession;
import cn.gongkai.domain.model.user.UserSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class JpaUserSessions implements UserSessions {
  private EntityManager em;

  protected JpaUserSessions() {}

  @Inject
  public JpaUserSessions(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(UserSession session) {
    em.persist(session);
  }

  @Override
  public Optional<UserSession> find(String tokenHash) {
    return Optional.ofNullable(em.find(UserSession.class, tokenHash));
  }

  @Override
  public void remove(String tokenHash) {
    find(tokenHash).ifPresent(em::remove);
  }

  @Override
  public int removeExpired(OffsetDateTime now) {
    return em.createQuery(
            "delete from UserSession s where s.expiresAt < :now or s.lastSeenAt < :idle")
        .setParameter("now", now)
        .setParameter("idle", now.minus(UserSession.IDLE))
        .executeUpdate();
  }
}
