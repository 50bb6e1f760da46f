package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.model.Pagination;
import cn.gongkai.themes.model.Pagination.PageLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static Pagination page(int archive, int archives) {
    return new Pagination(
        archive, archives, 20L * (archives + 1), "a/index.html", "a/index_{n}.html");
  }

  private static List<Integer> numbers(Pagination pagination) {
    return pagination.window().stream().map(PageLink::number).toList();
  }

  @Test
  void theNewestPageIsTheCataloguesOwnPath() {
    assertEquals("a/index.html", page(3, 9).hrefOf(0));
    assertEquals("a/index_4.html", page(3, 9).hrefOf(4));
  }

  @Test
  void theNewestPageShowsTheNewestArchivesNewestFirst() {
    assertEquals(List.of(9, 8), numbers(page(0, 9)));
  }

  @Test
  void anArchivePageShowsTwoNeighboursOnEachSide() {
    assertEquals(List.of(12, 11, 10, 9, 8), numbers(page(10, 5000)));
  }

  @Test
  void anOldArchivePageDoesNotDependOnHowLongTheListHasGrown() {
    assertEquals(page(10, 5000).window(), page(10, 12).window());
    assertEquals(page(10, 5000).olderPage(), page(10, 12).olderPage());
    assertEquals(page(10, 5000).newerPage(), page(10, 12).newerPage());
  }

  @Test
  void theNewestArchiveLeadsBackToTheNewestPage() {
    assertEquals("a/index.html", page(9, 9).newerPage().href());
    assertEquals("a/index_9.html", page(0, 9).olderPage().href());
  }

  @Test
  void theOldestArchiveHasNothingOlder() {
    assertFalse(page(1, 9).hasOlder());
    assertTrue(page(1, 9).hasNewer());
    assertFalse(page(0, 9).hasNewer());
  }

  @Test
  void aPageOutsideTheListIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> page(6, 5));
    assertThrows(IllegalArgumentException.class, () -> page(-1, 5));
  }

  @Test
  void aPatternWithoutTheNumberIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Pagination(1, 2, 40, "a/index.html", "a/index.html"));
  }
}
