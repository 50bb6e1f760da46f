package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.examples.ExamplePages.ExamplePage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every page must have, checked on every example page in every variant. */
class EveryPageTest {

  private static final List<ExamplePage> PAGES = ExamplePages.all();

  static List<ExamplePage> pages() {
    return PAGES;
  }

  private static Document parse(ExamplePage page) {
    return Jsoup.parse(page.html());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void startsWithADoctypeAndTheVariantsLanguage(ExamplePage page) {
    assertTrue(page.html().startsWith("<!DOCTYPE html>"));
    assertEquals(page.variant().lang(), parse(page).selectFirst("html").attr("lang"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theSkipLinkIsTheFirstElementAndLeadsToTheMainLandmark(ExamplePage page) {
    Document html = parse(page);
    Element first = html.body().child(0);
    assertEquals("a", first.tagName());
    assertEquals("#main-content", first.attr("href"));
    assertEquals("跳到主要内容", first.text());
    assertEquals(1, html.select("main#main-content").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasHeaderMainAndFooterLandmarksOnce(ExamplePage page) {
    Document html = parse(page);
    assertEquals(1, html.select("body > header, body > * > header").size());
    assertEquals(1, html.select("main").size());
    assertEquals(1, html.select("footer").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasExactlyOneH1InsideMain(ExamplePage page) {
    Document html = parse(page);
    assertEquals(1, html.select("h1").size());
    assertEquals(1, html.select("main h1").size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void headingLevelsNeverSkipALevel(ExamplePage page) {
    int previous = 0;
    for (Element heading : parse(page).select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      assertTrue(
          level <= previous + 1 || previous == 0 && level == 1,
          heading.outerHtml() + " follows an h" + previous);
      previous = level;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void idsAreUniqueAndEveryReferencedIdExists(ExamplePage page) {
    Document html = parse(page);
    List<String> ids = html.select("[id]").eachAttr("id");
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    for (Element element : html.select("[aria-labelledby], [aria-controls]")) {
      String id =
          element.hasAttr("aria-labelledby")
              ? element.attr("aria-labelledby")
              : element.attr("aria-controls");
      assertNotNull(html.getElementById(id), element.outerHtml());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void carriesTheGovernmentMetadataTags(ExamplePage page) {
    Document html = parse(page);
    assertEquals("龙陵县人民政府信息公开", meta(html, "SiteName"));
    assertEquals("xxgk.example.gov.cn", meta(html, "SiteDomain"));
    assertEquals("5305230001", meta(html, "SiteIDCode"));
    assertFalse(meta(html, "ColumnName").isEmpty());
    assertFalse(meta(html, "ColumnType").isEmpty());
    assertNotNull(html.selectFirst("meta[name=Keywords]"));
    assertNotNull(html.selectFirst("meta[name=Description]"));
    assertEquals(
        "https://xxgk.example.gov.cn/" + page.variant().prefix() + page.path(), meta(html, "Url"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void articleMetadataAppearsOnItemPagesOnly(ExamplePage page) {
    boolean item = page.name().startsWith("item-");
    Document html = parse(page);
    for (String name : List.of("ArticleTitle", "PubDate", "ContentSource")) {
      assertEquals(item, html.selectFirst("meta[name=" + name + "]") != null, name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void declaresAStrictContentSecurityPolicyAndAZoomableViewport(ExamplePage page) {
    Document html = parse(page);
    String policy = html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    String viewport = meta(html, "viewport");
    assertFalse(viewport.contains("user-scalable=no"), viewport);
    assertFalse(viewport.contains("maximum-scale"), viewport);
    assertEquals("utf-8", html.selectFirst("meta[charset]").attr("charset"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasNoInlineScriptOrStyle(ExamplePage page) {
    Document html = parse(page);
    assertTrue(html.select("[style]").isEmpty(), html.select("[style]").outerHtml());
    assertTrue(html.select("style").isEmpty());
    for (Element script : html.select("script")) {
      assertFalse(script.attr("src").isEmpty(), "inline script");
      assertTrue(script.data().isBlank(), "inline script");
    }
    assertTrue(html.select("[onclick], [onload], [onerror]").isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void linksToItselfInEveryOtherVariant(ExamplePage page) {
    Document html = parse(page);
    Set<String> hrefs =
        html.select("a[href]").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
    for (Variant other : Variant.values()) {
      if (other == page.variant()) {
        continue;
      }
      String target = other.prefix() + page.path();
      String expected =
          page.name().equals("not-found")
              ? "https://xxgk.example.gov.cn/" + target
              : PageLinks.relativize(page.variant().prefix() + page.path(), target);
      assertTrue(hrefs.contains(expected), other + " " + expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void announcesTheOtherVariantsAsAlternates(ExamplePage page) {
    Document html = parse(page);
    List<String> alternates = new ArrayList<>();
    for (Element link : html.select("link[rel=alternate]")) {
      alternates.add(link.attr("hreflang") + " " + link.attr("href"));
    }
    List<String> expected = new ArrayList<>();
    for (Variant other : Variant.values()) {
      if (other != page.variant()) {
        expected.add(other.lang() + " https://xxgk.example.gov.cn/" + other.prefix() + page.path());
      }
    }
    assertEquals(expected, alternates);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void relativeLinksStayInsideTheSiteAndNameAFile(ExamplePage page) {
    URI base = URI.create("https://site.invalid/" + page.variant().prefix() + page.path());
    Document html = parse(page);
    for (Element element : html.select("a[href], link[href], script[src]")) {
      String href = element.hasAttr("src") ? element.attr("src") : element.attr("href");
      if (href.startsWith("#") || href.contains(":")) {
        continue;
      }
      URI resolved = base.resolve(href);
      assertFalse(resolved.getPath().contains(".."), href + " leaves the site");
      String file = resolved.getPath().substring(resolved.getPath().lastIndexOf('/') + 1);
      assertTrue(file.contains("."), href + " does not name a file");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theFooterCarriesTheSitesIdentity(ExamplePage page) {
    Element footer = parse(page).selectFirst("footer");
    String text = footer.text();
    for (String expected :
        List.of(
            "龙陵县人民政府办公室",
            "龙陵县融媒体中心",
            "5305230001",
            "滇ICP备05001234号-1",
            "滇公网安备 53052302000001号",
            "0875-6121234",
            "扫一扫在手机上查看当前页面")) {
      assertTrue(text.contains(expected), expected);
    }
    assertNotNull(footer.selectFirst("a:containsOwn(我为政府网站找错)"));
    assertNotNull(footer.selectFirst("a:containsOwn(网站地图)"));
    assertNotNull(footer.selectFirst("svg.gk-qr[role=img] path[d]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void theAccessibleReadingLinkWorksWithoutJavaScript(ExamplePage page) {
    Document html = parse(page);
    Element link = html.selectFirst("header a[data-gk-toolbar-open]");
    assertEquals("无障碍阅读", link.text());
    assertNotNull(html.getElementById(link.attr("href").substring(1)));
    assertTrue(html.selectFirst("#gk-toolbar").hasAttr("hidden"));
    assertNotNull(html.selectFirst("script[src$=assets/toolbar.js][defer]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void elderlyPagesAndOnlyThemUseTheElderTokens(ExamplePage page) {
    Document html = parse(page);
    boolean elderly = page.variant().elderly();
    assertEquals(elderly, html.selectFirst("html").hasClass("gk-elder"));
    assertEquals(elderly, html.selectFirst("link[href$=assets/tokens-elder.css]") != null);
    assertNotNull(html.selectFirst("link[href$=assets/tokens.css]"));
    String modeLink = elderly ? "退出适老模式" : "进入适老模式";
    Element toggle = html.selectFirst("header a:containsOwn(" + modeLink + ")");
    String target = page.variant().otherMode().prefix() + page.path();
    String expected =
        page.name().equals("not-found")
            ? "https://xxgk.example.gov.cn/" + target
            : PageLinks.relativize(page.variant().prefix() + page.path(), target);
    assertEquals(expected, toggle.attr("href"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyDateIsWrittenYearMonthDay(ExamplePage page) {
    for (Element time : parse(page).select("time")) {
      assertTrue(time.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}"), time.outerHtml());
      assertTrue(time.text().matches("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?"), time.outerHtml());
    }
  }

  private static String meta(Document html, String name) {
    Element meta = html.selectFirst("meta[name=" + name + "]");
    assertNotNull(meta, name);
    return meta.attr("content");
  }
}
