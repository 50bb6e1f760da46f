package cn.gongkai.publisher.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.fixtures.H2Database;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
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

  @Test
  void listsAnItemUnderItsLiveCatalogueUntilItsMoveGoesLive() throws SQLException {
    MemorySiteContent site = TestSite.varied(new TestSite.Files());
    long moved = site.rows(TestSite.NOTICES).get(0).id();
    OffsetDateTime now = TestSite.T0.plusYears(1);
    try (H2Database db = H2Database.create("moved").load(site)) {
      try (Connection c = db.dataSource().getConnection();
          var s = c.createStatement()) {
        // Revision 2 moves the item to 政策文件 and is signed; revision 1 is still the live one.
        s.execute(
            "INSERT INTO item_revision (item_id, revision_no, catalogue_id, title, summary, body,"
                + " document_number, written_on, disclosure, keywords, validity, source_name,"
                + " source_url, signed_by, signed_at) SELECT item_id, 2, "
                + TestSite.POLICIES
                + ", title, summary, body, document_number, written_on, disclosure, keywords,"
                + " validity, source_name, source_url, signed_by, signed_at FROM item_revision"
                + " WHERE item_id = "
                + moved);
        s.execute("UPDATE item SET revision_no = 2, approved_revision = 2 WHERE id = " + moved);
      }
      try (JdbcSiteContent live = new JdbcSiteContent(db.dataSource(), Overlay.none(now));
          JdbcSiteContent publishing =
              new JdbcSiteContent(db.dataSource(), new Overlay(Map.of(moved, 2), Set.of(), now))) {
        assertTrue(ids(live.rows(TestSite.NOTICES)).contains(moved), "still listed where live");
        assertFalse(ids(live.rows(TestSite.POLICIES)).contains(moved));
        assertFalse(ids(publishing.rows(TestSite.NOTICES)).contains(moved), "moved away");
        assertTrue(ids(publishing.rows(TestSite.POLICIES)).contains(moved), "moved here");
        assertTrue(
            ids(publishing.latest(List.of(TestSite.POLICIES), 100)).contains(moved),
            "among the newest of its new catalogue");
        assertFalse(ids(publishing.latest(List.of(TestSite.NOTICES), 100)).contains(moved));
      }
    }
  }

  private static List<Long> ids(List<ItemRow> rows) {
    return rows.stream().map(ItemRow::id).toList();
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
