package cn.gongkai.publisher.source.memory;

import static cn.gongkai.publisher.fixtures.TestSite.NOTICES;
import static cn.gongkai.publisher.fixtures.TestSite.POLICIES;
import static cn.gongkai.publisher.fixtures.TestSite.REPORTS;
import static cn.gongkai.publisher.fixtures.TestSite.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.fixtures.H2Database;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.Overlay;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySiteContentTest {
  private final TestSite.Files files = new TestSite.Files();
  private final MemorySiteContent content = TestSite.varied(files);

  @Test
  void answersEveryQueryAsTheDatabaseDoes() throws SQLException {
    try (H2Database db = H2Database.create("memory").load(content);
        JdbcSiteContent jdbc =
            new JdbcSiteContent(db.dataSource(), Overlay.none(TestSite.T0.plusYears(1)))) {
      assertEquals(content.agencies(), jdbc.agencies());
      assertEquals(content.catalogues(), jdbc.catalogues());
      assertEquals(content.guide(1), jdbc.guide(1));
      assertEquals(content.guide(2), jdbc.guide(2));
      assertEquals(items(content), items(jdbc));
      for (ItemEntry item : items(content)) {
        assertEquals(content.item(item.id()), jdbc.item(item.id()));
      }
      assertEquals(content.allRows(), jdbc.allRows());
      for (CatalogueEntry c : content.catalogues()) {
        assertEquals(content.rows(c.id()), jdbc.rows(c.id()), c.code());
      }
      List<Long> all = content.catalogues().stream().map(CatalogueEntry::id).toList();
      assertEquals(content.latest(all, 5), jdbc.latest(all, 5));
      assertEquals(
          content.latest(List.of(NOTICES, RULES), 3), jdbc.latest(List.of(NOTICES, RULES), 3));
      assertEquals(content.rowsById(0, 8), jdbc.rowsById(0, 8));
      assertEquals(content.highestItemId(), jdbc.highestItemId());
      for (long id : new long[] {7, 8, 9, 1}) {
        for (String sha : List.of(shaOf(7, 0), shaOf(7, 1))) {
          assertEquals(
              content.attachmentInUse(sha, id), jdbc.attachmentInUse(sha, id), sha + " " + id);
        }
      }
    }
  }

  @Test
  void listsAreOldestFirstByFirstPublicationNotById() {
    List<Long> ids = content.allRows().stream().map(ItemRow::id).toList();

    assertEquals(30L, ids.get(0), "item 30 was published a day before item 1");
    assertEquals(List.of(30L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), ids);
  }

  @Test
  void latestIsNewestFirstAcrossCatalogues() {
    List<ItemRow> latest = content.latest(List.of(NOTICES, POLICIES, REPORTS), 3);

    assertEquals(List.of(9L, 7L, 6L), latest.stream().map(ItemRow::id).toList());
  }

  @Test
  void aFileStaysInUseWhileAnotherLiveItemShowsIt() {
    String shared = shaOf(7, 1);

    assertTrue(content.attachmentInUse(shared, 7), "item 8 shows it too");
    assertFalse(content.attachmentInUse(shaOf(7, 0), 7), "only item 7 shows it");
  }

  @Test
  void aWithdrawnItemNoLongerKeepsItsFileInUse() {
    String shared = shaOf(7, 1);
    MemorySiteContent onlyWithdrawnLeft =
        content.toBuilder()
            .withoutItem(8)
            .item(ItemBuilder.from(item(7)).withoutAttachments().build())
            .build();

    assertFalse(onlyWithdrawnLeft.attachmentInUse(shared, 0), "item 9, withdrawn, does not count");
  }

  @Test
  void rowsByIdAreAnIdRangeInIdOrder() {
    assertEquals(List.of(5L, 6L, 7L), content.rowsById(5, 8).stream().map(ItemRow::id).toList());
  }

  @Test
  void anItemAddedAgainReplacesTheOneWithItsId() {
    MemorySiteContent revised =
        content.toBuilder()
            .item(ItemBuilder.from(item(3)).title("新标题").revision(2).build())
            .build();

    assertEquals("新标题", revised.item(3).orElseThrow().title());
    assertEquals(content.itemCount(), revised.itemCount());
  }

  @Test
  void refusesContentThatDoesNotHoldTogether() {
    MemorySiteContentBuilder broken =
        content.toBuilder()
            .item(TestSite.item(40, 99).build())
            .item(ItemBuilder.from(item(4)).catalogue(20).build())
            .catalogue(TestSite.custom(41, "tzgg", "重复的代码", 5));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, broken::build);

    assertTrue(e.getMessage().contains("Item 40 is in catalogue 99"), e.getMessage());
    assertTrue(e.getMessage().contains("Item 4 is in catalogue 20"), e.getMessage());
    assertTrue(e.getMessage().contains("repeats the code tzgg"), e.getMessage());
  }

  private ItemEntry item(long id) {
    return content.item(id).orElseThrow();
  }

  private String shaOf(long itemId, int attachment) {
    return item(itemId).attachments().get(attachment).sha256();
  }

  private static List<ItemEntry> items(SiteContent source) {
    List<ItemEntry> out = new ArrayList<>();
    source.forEachItem(out::add);
    return out;
  }
}
