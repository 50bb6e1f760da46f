package cn.gongkai.publisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.ItemRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CatalogueListingTest {
  private static final int S = 5;
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-03-01T09:00:00+08:00");

  @Test
  void aShortListFitsOnTheNewestPage() {
    CatalogueListing listing = listing(2 * S - 1);

    assertEquals(0, listing.archives());
    assertEquals(ids(9, 8, 7, 6, 5, 4, 3, 2, 1), ids(listing.page(0)));
  }

  @Test
  void theNewestPageHoldsSToTwoSMinusOneRowsOnceTheListIsLong() {
    for (int n = 2 * S; n <= 8 * S; n++) {
      CatalogueListing listing = listing(n);

      int newest = listing.page(0).size();
      assertTrue(newest >= S && newest <= 2 * S - 1, n + " rows: newest page holds " + newest);
      assertEquals(n / S - 1, listing.archives(), n + " rows");
    }
  }

  @Test
  void archivePageKHoldsTheKthOldestSRowsNewestFirst() {
    CatalogueListing listing = listing(17);

    assertEquals(2, listing.archives());
    assertEquals(ids(5, 4, 3, 2, 1), ids(listing.page(1)));
    assertEquals(ids(10, 9, 8, 7, 6), ids(listing.page(2)));
    assertEquals(ids(17, 16, 15, 14, 13, 12, 11), ids(listing.page(0)));
  }

  @Test
  void addingAnItemNeverChangesTheRowsOfAnExistingArchivePage() {
    CatalogueListing before = listing(2 * S);
    for (int n = 2 * S + 1; n <= 10 * S; n++) {
      CatalogueListing after = listing(n);

      for (int k = 1; k <= before.archives(); k++) {
        assertEquals(ids(before.page(k)), ids(after.page(k)), "archive " + k + " at " + n);
      }
      before = after;
    }
  }

  @Test
  void aNewItemChangesOnlyTheNewestPage() {
    assertEquals(List.of(0), listing(12).pagesChangedSince(listing(11)));
  }

  @Test
  void anOverflowAddsAnArchiveAndRelinksTheOneBelowIt() {
    // 14 rows: newest page 9 rows; the 15th moves the oldest 5 of them to archive 2.
    List<Integer> changed = listing(15).pagesChangedSince(listing(14));

    assertEquals(List.of(0, 1, 2), changed);
  }

  @Test
  void anOverflowLeavesArchivesFarBelowAlone() {
    // Archives 1 … 3 become 1 … 4: only 3 (its newer neighbour) and 2 (its window) relink.
    List<Integer> changed = listing(25).pagesChangedSince(listing(24));

    assertEquals(List.of(0, 2, 3, 4), changed);
  }

  @Test
  void aTitleChangeOnAnOldItemChangesOnlyTheArchivePageListingIt() {
    List<ItemRow> rows = rows(17);
    List<ItemRow> revised = new ArrayList<>(rows);
    revised.set(6, retitled(rows.get(6), "新标题"));

    List<Integer> changed = new CatalogueListing(revised, S).pagesChangedSince(listing(17));

    assertEquals(List.of(2), changed);
  }

  @Test
  void aRevisionThatKeepsTheRowChangesNoListPage() {
    List<ItemRow> rows = rows(17);
    List<ItemRow> revised = new ArrayList<>(rows);
    ItemRow r = rows.get(6);
    revised.set(
        6,
        new ItemRow(
            r.id(),
            r.agencyId(),
            r.catalogueId(),
            r.title(),
            r.indexNumber(),
            r.publishedAt(),
            false,
            T0.plusDays(30)));

    assertEquals(List.of(), new CatalogueListing(revised, S).pagesChangedSince(listing(17)));
  }

  @Test
  void aWithdrawalChangesOnlyThePageListingTheItem() {
    List<ItemRow> rows = rows(17);
    List<ItemRow> withdrawn = new ArrayList<>(rows);
    ItemRow r = rows.get(2);
    withdrawn.set(
        2,
        new ItemRow(
            r.id(),
            r.agencyId(),
            r.catalogueId(),
            r.title(),
            r.indexNumber(),
            r.publishedAt(),
            true,
            r.lastPublishedAt()));

    assertEquals(List.of(1), new CatalogueListing(withdrawn, S).pagesChangedSince(listing(17)));
  }

  @Test
  void pageOfNamesThePageShowingAPosition() {
    CatalogueListing listing = listing(17);

    assertEquals(1, listing.pageOf(0));
    assertEquals(2, listing.pageOf(9));
    assertEquals(0, listing.pageOf(10));
    assertEquals(0, listing.pageOf(16));
  }

  private static CatalogueListing listing(int n) {
    return new CatalogueListing(rows(n), S);
  }

  /** Rows 1 … n, published an hour apart: oldest first. */
  private static List<ItemRow> rows(int n) {
    return LongStream.rangeClosed(1, n)
        .mapToObj(
            id ->
                new ItemRow(
                    id, 1, 14, "通知 " + id, "2024-" + id, T0.plusHours(id), false, T0.plusHours(id)))
        .toList();
  }

  private static ItemRow retitled(ItemRow r, String title) {
    return new ItemRow(
        r.id(),
        r.agencyId(),
        r.catalogueId(),
        title,
        r.indexNumber(),
        r.publishedAt(),
        r.withdrawn(),
        r.lastPublishedAt());
  }

  private static List<Long> ids(List<ItemRow> rows) {
    return rows.stream().map(ItemRow::id).toList();
  }

  private static List<Long> ids(long... ids) {
    return LongStream.of(ids).boxed().toList();
  }
}
