package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static Document render(int current, int pages) {
    CataloguePage page =
        new CataloguePage(
            Fixtures.frame(
                Variant.SIMPLIFIED, current == 1 ? "mengnuo/tzgg/index.html" : PATH, "通知公告"),
            List.of(),
            List.of(
                new ItemSummary(
                    "01526291-9-02_D/2024-0000093",
                    "勐糯镇关于开展森林防火专项检查的通知",
                    "mengnuo/tzgg/2024/3093.html",
                    LocalDate.of(2024, 10, 8))),
            new Pagination(
                current,
                pages,
                20L * pages,
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
  void aMiddlePageLinksToFirstPreviousNextAndLast() {
    Document html = render(3, 9);
    assertEquals("index.html", linkText(html, "首页"));
    assertEquals("index_2.html", linkText(html, "上一页"));
    assertEquals("index_4.html", linkText(html, "下一页"));
    assertEquals("index_9.html", linkText(html, "尾页"));
  }

  @Test
  void theCurrentPageIsMarkedWithAriaCurrent() {
    Element current = render(3, 9).selectFirst(".gk-pagination a[aria-current=page]");
    assertEquals("3", current.text());
    assertEquals("第 3 页", current.attr("aria-label"));
  }

  @Test
  void theFirstPageHasNoPreviousLinks() {
    Document html = render(1, 9);
    assertNull(linkText(html, "上一页"));
    assertNull(linkText(html, "首页"));
    assertEquals("index_2.html", linkText(html, "下一页"));
  }

  @Test
  void theLastPageHasNoNextLinks() {
    Document html = render(9, 9);
    assertNull(linkText(html, "下一页"));
    assertNull(linkText(html, "尾页"));
  }

  @Test
  void distantPagesAreElidedWithAGap() {
    Document html = render(5, 20);
    assertEquals(
        List.of("1", "3", "4", "5", "6", "7", "20"),
        html.select(".gk-pagination a[aria-label]").eachText());
    assertEquals(2, html.select(".gk-pagination__gap").size());
  }

  @Test
  void aOnePageListShowsOnlyTheSummary() {
    Document html = render(1, 1);
    assertNotNull(html.selectFirst(".gk-pagination__summary"));
    assertNull(html.selectFirst(".gk-pagination__list"));
  }

  @Test
  void theSummaryCountsItemsAndPages() {
    assertTrue(
        render(3, 9)
            .selectFirst(".gk-pagination__summary")
            .text()
            .contains("共 180 条信息，第 3 页，共 9 页"));
  }
}
