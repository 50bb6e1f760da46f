package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.themes.model.Pagination;
import cn.gongkai.themes.model.Pagination.PageLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static Pagination page(int current, int total) {
    return new Pagination(current, total, 20L * total, "a/index.html", "a/index_{n}.html");
  }

  private static List<Integer> numbers(Pagination pagination) {
    return pagination.window().stream().map(PageLink::number).toList();
  }

  @Test
  void pageOneIsTheFirstPagesOwnPath() {
    assertEquals("a/index.html", page(3, 9).hrefOf(1));
    assertEquals("a/index_4.html", page(3, 9).hrefOf(4));
  }

  @Test
  void theWindowShowsTheEndsAndTwoNeighboursWithGapsAsZero() {
    assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 5000), numbers(page(10, 5000)));
  }

  @Test
  void noGapStandsForASinglePage() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers(page(4, 6)));
  }

  @Test
  void aPageOutsideTheListIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> page(6, 5));
    assertThrows(IllegalArgumentException.class, () -> page(0, 5));
  }

  @Test
  void aPatternWithoutTheNumberIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Pagination(1, 2, 40, "a/index.html", "a/index.html"));
  }
}
