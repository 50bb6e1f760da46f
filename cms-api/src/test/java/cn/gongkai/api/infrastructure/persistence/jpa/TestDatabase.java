package cn.gongkai.api.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh, migrated database for one test class: an in-memory H2 in PostgreSQL mode, or a new
 * schema in the local PostgreSQL (127.0.0.1:5432, database {@code test}, overridable with
 * GONGKAI_TEST_PG_URL / _USER). The same Flyway migrations the product runs build the schema.
 */
final class TestDatabase implements AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final Runnable dropper;
  private final EntityManagerFactory emf;

  private TestDatabase(String url, String user, String password, Runnable dropper) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.dropper = dropper;
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    this.emf =
        Persistence.createEntityManagerFactory(
            "gongkai",
            Map.of(
                // The product's own persistence unit, switched from the container's JTA data
                // source to a plain connection; outside the container nothing weaves classes.
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                "",
                "eclipselink.weaving",
                "false",
                "jakarta.persistence.jdbc.url",
                url,
                "jakarta.persistence.jdbc.user",
                user,
                "jakarta.persistence.jdbc.password",
                password));
  }

  static TestDatabase h2() {
    String url =
        "jdbc:h2:mem:repo-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    return new TestDatabase(url, "sa", "", () -> {});
  }

  static TestDatabase postgres() {
    String base = env("GONGKAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("GONGKAI_TEST_PG_USER", "postgres");
    String password = env("GONGKAI_TEST_PG_PASSWORD", "");
    String schema = "gk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(base, user, password, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(
        url,
        user,
        password,
        () -> execute(base, user, password, "DROP SCHEMA " + schema + " CASCADE"));
  }

  EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** Runs {@code work} in its own EntityManager and transaction, committing at the end. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
    dropper.run();
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is needed for these tests at "
              + url
              + " (start it with: pg_ctlcluster"
              + " --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
              + e.getMessage(),
          e);
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public String toString() {
    return url;
  }
}
