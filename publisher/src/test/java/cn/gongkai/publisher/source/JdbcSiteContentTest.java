package cn.gongkai.publisher.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.fixtures.H2Database;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcSiteContentTest {

  @Test
  void handsAPooledConnectionBackAsItCame() throws SQLException {
    try (H2Database db = H2Database.create("pooled").load(TestSite.varied(new TestSite.Files()));
        Connection physical = db.dataSource().getConnection()) {
      physical.setAutoCommit(true);
      physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);

      DataSource pool = pool(physical);
      Connection pooled = pool.getConnection(); // what every borrower gets
      try (JdbcSiteContent content =
          new JdbcSiteContent(pool, Overlay.none(OffsetDateTime.now()))) {
        assertTrue(pooled.isReadOnly(), "the snapshot reads read-only");
        content.agencies();
      }

      // The next borrower, say a JPA transaction that signs an item, must be able to write.
      assertFalse(pooled.isReadOnly());
      assertTrue(physical.getAutoCommit());
      assertEquals(Connection.TRANSACTION_READ_COMMITTED, physical.getTransactionIsolation());
    }
  }

  @Test
  void itsLiveViewAnswersAsASnapshotWithoutTheOverlay() throws SQLException {
    MemorySiteContent site = TestSite.varied(new TestSite.Files());
    ItemEntry going = site.item(site.allRows().get(0).id()).orElseThrow();
    OffsetDateTime now = TestSite.T0.plusYears(1);
    try (H2Database db = H2Database.create("live").load(site);
        JdbcSiteContent after =
            new JdbcSiteContent(
                db.dataSource(), new Overlay(Map.of(going.id(), going.revision()), Set.of(), now));
        JdbcSiteContent separate = new JdbcSiteContent(db.dataSource(), Overlay.none(now))) {
      JdbcSiteContent before = after.live();
      for (CatalogueEntry c : site.catalogues()) {
        after.rows(c.id()); // the live rows are read here and shared with the live view
        assertEquals(separate.rows(c.id()), before.rows(c.id()), c.code());
      }
      assertEquals(separate.item(going.id()), before.item(going.id()));
      assertEquals(now, after.item(going.id()).orElseThrow().lastPublishedAt());
      before.close(); // a view: the snapshot stays open for the publication
      assertEquals(separate.allRows().size(), after.live().allRows().size());
    }
  }

  /**
   * A one-connection pool: close() returns the connection instead of closing it. The read-only flag
   * is kept here as PostgreSQL keeps it (H2 ignores it).
   */
  private static DataSource pool(Connection physical) {
    boolean[] readOnly = {false};
    Connection borrowed =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "close" -> null;
                      case "setReadOnly" -> {
                        readOnly[0] = (Boolean) args[0];
                        yield null;
                      }
                      case "isReadOnly" -> readOnly[0];
                      default -> method.invoke(physical, args);
                    });

    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return borrowed;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
