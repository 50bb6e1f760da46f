package cn.gongkai.api.infrastructure.persistence.jpa;

import cn.gongkai.domain.model.user.User;
import cn.gongkai.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  private EntityManager em;

  protected JpaUserRepository() {}

  @Inject
  public JpaUserRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return em.createQuery("select u from User u where u.username = :n", User.class)
        .setParameter("n", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<User> findAll() {
    return em.createQuery("select u from User u order by u.id", User.class).getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }

  @Override
  public User add(User user) {
    em.persist(user);
    em.flush();
    return user;
  }
}
