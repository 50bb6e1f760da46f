package cn.gongkai.api.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container's transaction-scoped EntityManager injectable, so repositories take it in
 * their constructor and tests can hand them a plain one.
 */
@ApplicationScoped
public class EntityManagerProducer {
  @Produces
  @PersistenceContext(unitName = "gongkai")
  private EntityManager entityManager;
}
