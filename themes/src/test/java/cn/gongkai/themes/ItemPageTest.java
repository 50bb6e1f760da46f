package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.model.ItemDetail;
import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.Page;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.Validity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ItemPageTest {

  private static Page example(String name) {
    return ExamplePages.models(Variant.SIMPLIFIED, UnaryOperator.identity()).stream()
        .filter(page -> page.name().equals(name))
        .findFirst()
        .orElseThrow()
        .page();
  }

  private static Map<String, String> metadataRows(Document html) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Element row : html.select("main table.gk-metadata tr")) {
      rows.put(row.selectFirst("th").text(), row.selectFirst("td").text());
    }
    return rows;
  }

  @Test
  void showsTheCatalogueRecordAboveTheBody() {
    Document html = Fixtures.render(example("item-with-attachments"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("索引号", "01526291-9-02_D/2017-0508001");
    expected.put("发布机构", "龙陵县勐糯镇人民政府");
    expected.put("公开目录", "通知公告");
    expected.put("发布日期", "2017-05-04");
    expected.put("文号", "勐政发〔2017〕12号");
    expected.put("成文日期", "2017-05-04");
    expected.put("有效性", "有效");
    assertEquals(expected, metadataRows(html));
    Element table = html.selectFirst("table.gk-metadata");
    Element body = html.selectFirst(".gk-article__body");
    assertTrue(table.siblingIndex() < body.siblingIndex());
  }

  @Test
  void theCatalogueCellLinksToTheCatalogueFromThePage() {
    Document html = Fixtures.render(example("item-with-attachments"));
    assertEquals("../index.html", html.selectFirst("table.gk-metadata a").attr("href"));
  }

  @Test
  void missingDocumentNumberAndWrittenDateShowNone() {
    Document html = Fixtures.render(example("item-withdrawn"));
    assertEquals("无", metadataRows(html).get("文号"));
    assertEquals("无", metadataRows(html).get("成文日期"));
  }

  @Test
  void carriesArticleTitlePublishDateAndSourceMetaTags() {
    Document html = Fixtures.render(example("item-with-attachments"));
    assertEquals(
        "勐糯镇人民政府关于印发政务信息公开工作制度的通知", html.selectFirst("meta[name=ArticleTitle]").attr("content"));
    assertEquals("2017-05-04", html.selectFirst("meta[name=PubDate]").attr("content"));
    assertEquals("龙陵县勐糯镇人民政府", html.selectFirst("meta[name=ContentSource]").attr("content"));
  }

  @Test
  void attachmentsAreDownloadLinksWithTypeAndReadableSize() {
    Document html = Fixtures.render(example("item-with-attachments"));
    List<Element> links = html.select(".gk-attachments a");
    assertEquals(2, links.size());
    // Attachments exist once, at the site root, whatever the variant of the page.
    assertEquals("../../../mengnuo/tzgg/2017/files/1203-1.pdf", links.get(0).attr("href"));
    assertEquals("勐糯镇政务信息公开工作制度（PDF，1.2 MB）", links.get(0).text());
    assertEquals("勐糯镇政务信息公开工作实施细则（DOCX，350 KB）", links.get(1).text());
  }

  @Test
  void aWithdrawnItemShowsTheReasonAndHidesItsBodyAndAttachments() {
    ItemPage page = (ItemPage) example("item-withdrawn");
    Document html = Fixtures.render(page);
    Element notice = html.selectFirst(".gk-notice");
    assertEquals("本信息已撤销", notice.selectFirst("h2").text());
    assertTrue(notice.text().contains("2023-08-02"), notice.text());
    assertTrue(notice.text().contains(page.item().withdrawal().reason()), notice.text());
    assertNull(html.selectFirst(".gk-article__body"));
    assertFalse(html.html().contains("临时救助对象名单（撤销前的正文"));
  }

  @Test
  void aRevisedItemLinksToItsNewerVersion() {
    Document html = Fixtures.render(example("item-revised-reprint"));
    Element notice = html.selectFirst(".gk-notice--warning");
    assertEquals("本文件已修改", notice.selectFirst("h2").text());
    Element link = notice.selectFirst("a");
    assertEquals("../2024/3107.html", link.attr("href"));
    assertTrue(link.text().startsWith("查看新版本："), link.text());
    assertEquals("已修改", metadataRows(html).get("有效性"));
  }

  @Test
  void aRepealedItemStaysWithARepealNotice() {
    ItemDetail repealed =
        new ItemDetail(
            "勐糯镇政务信息公开工作实施细则",
            "01526291-9-02_D/2017-0508002",
            "龙陵县勐糯镇人民政府",
            new Link("政府信息公开制度", "mengnuo/gkzd/index.html"),
            LocalDate.of(2017, 5, 4),
            null,
            null,
            Validity.REPEALED,
            null,
            new SafeHtml("<p>第一条</p>"),
            List.of(),
            null,
            null,
            null);
    Document html = Fixtures.render(Fixtures.itemPage(Variant.SIMPLIFIED, "a/b.html", repealed));
    assertEquals("本文件已废止", html.selectFirst(".gk-notice--important h2").text());
    assertNotNull(html.selectFirst(".gk-article__body"));
  }

  @Test
  void aReprintShowsItsSourceSiteTimeAndLink() {
    Document html = Fixtures.render(example("item-revised-reprint"));
    Element reprint = html.selectFirst("dl.gk-reprint");
    assertTrue(reprint.text().contains("云南省人民政府门户网站"));
    assertEquals("2019-09-11 09:30", reprint.selectFirst("time").text());
    assertEquals("https://www.yn.gov.cn/zwgk/zcwj/", reprint.selectFirst("a").attr("href"));
  }

  @Test
  void aValidItemShowsNoNotice() {
    assertNull(Fixtures.render(example("item-with-attachments")).selectFirst(".gk-notice"));
  }
}
