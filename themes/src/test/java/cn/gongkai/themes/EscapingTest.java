package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.pebble.SafeHtmlRawFilter;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EscapingTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  private static String renderItem(String title, String body) {
    return Theme.defaultTheme()
        .render(
            Fixtures.itemPage(
                Variant.SIMPLIFIED, "a/b.html", Fixtures.item(title, new SafeHtml(body))));
  }

  @Test
  void aTitleWithMarkupAppearsAsText() {
    String html = renderItem(SCRIPT, "<p>正文</p>");
    Document document = org.jsoup.Jsoup.parse(html);
    assertEquals(SCRIPT, document.selectFirst("h1").text());
    assertEquals(SCRIPT + " - 示例县人民政府信息公开", document.title());
    assertEquals(SCRIPT, document.selectFirst("meta[name=ArticleTitle]").attr("content"));
    assertFalse(html.contains(SCRIPT));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void theScriptsOnThePageAreOnlyTheToolbar() {
    Document document = org.jsoup.Jsoup.parse(renderItem(SCRIPT, "<p>正文</p>"));
    assertEquals(1, document.select("script").size());
  }

  @Test
  void sanitisedBodyHtmlIsRenderedAsMarkup() {
    Document document = org.jsoup.Jsoup.parse(renderItem("通知", "<p>第一段<strong>重点</strong></p>"));
    assertEquals("重点", document.selectFirst(".gk-article__body p strong").text());
  }

  @Test
  void rawRefusesAnythingButSafeHtml() {
    SafeHtmlRawFilter raw = new SafeHtmlRawFilter();
    assertThrows(PebbleException.class, () -> raw.apply(SCRIPT, Map.of(), null, null, 1));
  }

  @Test
  void rawPassesSafeHtmlThrough() {
    Object result =
        new SafeHtmlRawFilter().apply(new SafeHtml("<p>x</p>"), Map.of(), null, null, 1);
    assertEquals(new SafeString("<p>x</p>").toString(), result.toString());
    assertTrue(result instanceof SafeString);
  }

  @Test
  void siteIdentityIsEscapedToo() {
    var site = Fixtures.site("<b>示例县</b>");
    var frame =
        new cn.gongkai.themes.model.PageFrame(
            site,
            Variant.SIMPLIFIED,
            Theme.defaultTheme().labels(),
            "index.html",
            "首页",
            java.util.List.of(),
            new cn.gongkai.themes.model.Column("首页", "首页"),
            "",
            "");
    Document document =
        Fixtures.render(
            new cn.gongkai.themes.model.HomePage(frame, java.util.List.of(), java.util.List.of()));
    assertEquals("<b>示例县</b>", document.selectFirst(".gk-header__site-name").text());
    assertTrue(document.select("b").isEmpty());
  }
}
