package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.model.CataloguePage;
import cn.gongkai.themes.model.ItemSummary;
import cn.gongkai.themes.model.Pagination;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CataloguePageTest {

  private static final String PATH = "mengnuo/tzgg/index_3.html";

  /** Renders archive page {@code archive} (0 = the newest page) of a list with {@code archives}. */
  private static Document render(int archive, int archives) {
    CataloguePage page =
        new CataloguePage(
            Fixtures.frame(
                Variant.SIMPLIFIED,
                archive == 0
                    ? "mengnuo/tzgg/index.html"
                    : "mengnuo/tzgg/index_" + archive + ".html",
                "通知公告"),
            List.of(),
            List.of(
                new ItemSummary(
                    "01526291-9-02_D/2024-0000093",
                    "勐糯镇关于开展森林防火专项检查的通知",
                    "mengnuo/tzgg/2024/3093.html",
                    LocalDate.of(2024, 10, 8))),
            new Pagination(
                archive,
                archives,
                20L * (archives + 1),
                "mengnuo/tzgg/index.html",
                "mengnuo/tzgg/index_{n}.html"));
    return Fixtures.render(page);
  }

  private static String linkText(Document html, String text) {
    Element link = html.selectFirst(".gk-pagination a:containsOwn(" + text + ")");
    return link == null ? null : link.attr("href");
  }

  @Test
  void eachRowShowsIndexNumberTitleAndPublishDate() {
    Element row = render(3, 9).selectFirst("table.gk-item-list tbody tr");
    List<Element> cells = row.select("td");
    assertEquals("01526291-9-02_D/2024-0000093", cells.get(0).text());
    assertEquals("勐糯镇关于开展森林防火专项检查的通知", cells.get(1).text());
    assertEquals("2024/3093.html", cells.get(1).selectFirst("a").attr("href"));
    assertEquals("2024-10-08", cells.get(2).text());
  }

  @Test
  void theTableHasColumnHeaders() {
    List<String> headers = render(3, 9).select("table.gk-item-list thead th[scope=col]").eachText();
    assertEquals(List.of("索引号", "标题", "发布日期"), headers);
  }

  @Test
  void anArchivePageLinksToNewestNewerOlderAndOldest() {
    Document html = render(3, 9);
    assertEquals("index.html", linkText(html, "最新"));
    assertEquals("index_4.html", linkText(html, "上一页"));
    assertEquals("index_2.html", linkText(html, "下一页"));
    assertEquals("index_1.html", linkText(html, "最早"));
  }

  @Test
  void theCurrentPageIsMarkedWithAriaCurrent() {
    Element current = render(3, 9).selectFirst(".gk-pagination a[aria-current=page]");
    assertEquals("3", current.text());
    assertEquals("往期第 3 页", current.attr("aria-label"));
  }

  @Test
  void theNewestPageHasNoNewerLinks() {
    Document html = render(0, 9);
    assertNull(linkText(html, "上一页"));
    assertNull(linkText(html, "最新"));
    assertEquals("index_9.html", linkText(html, "下一页"));
  }

  @Test
  void theOldestPageHasNoOlderLinks() {
    Document html = render(1, 9);
    assertNull(linkText(html, "下一页"));
    assertNull(linkText(html, "最早"));
  }

  @Test
  void anArchivePageListsItsNeighboursNewestFirst() {
    assertEquals(
        List.of("7", "6", "5", "4", "3"),
        render(5, 20).select(".gk-pagination a[aria-label]").eachText());
  }

  @Test
  void aOnePageListShowsOnlyTheSummary() {
    Document html = render(0, 0);
    assertNotNull(html.selectFirst(".gk-pagination__summary"));
    assertNull(html.selectFirst(".gk-pagination__list"));
  }

  @Test
  void theNewestPageCountsTheItems() {
    assertTrue(render(0, 9).selectFirst(".gk-pagination__summary").text().contains("共 200 条信息"));
  }

  @Test
  void anArchivePageNamesItsNumberAndNotTheListLength() {
    String summary = render(3, 9).selectFirst(".gk-pagination__summary").text();
    assertTrue(summary.contains("往期第 3 页"), summary);
    assertFalse(summary.contains("200"), summary);
  }
}
