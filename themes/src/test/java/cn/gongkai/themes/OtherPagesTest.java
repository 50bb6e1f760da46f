package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.model.Page;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home, agency, guide, site map and error pages. */
class OtherPagesTest {

  private static Document render(String name) {
    return render(name, Variant.SIMPLIFIED);
  }

  private static Document render(String name, Variant variant) {
    Page page =
        ExamplePages.models(variant, UnaryOperator.identity()).stream()
            .filter(named -> named.name().equals(name))
            .findFirst()
            .orElseThrow()
            .page();
    return Fixtures.render(page);
  }

  @Test
  void theHomePageHasNoBreadcrumbs() {
    assertNull(render("home").selectFirst(".gk-breadcrumbs"));
  }

  @Test
  void otherPagesLeadFromTheHomePageToThemselves() {
    Document html = render("catalogue");
    List<String> crumbs = html.select(".gk-breadcrumbs li").eachText();
    assertEquals(List.of("首页", "勐糯镇人民政府", "通知公告"), crumbs);
    assertEquals("page", html.select(".gk-breadcrumbs li").last().attr("aria-current"));
    assertEquals("../../index.html", html.selectFirst(".gk-breadcrumbs a").attr("href"));
  }

  @Test
  void theAgencyPageShowsTheFourStandardColumnsInOrder() {
    Document html = render("agency");
    assertEquals(
        List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"),
        html.select("main h3.gk-column-section__title").eachText());
    assertEquals("政府信息公开", html.selectFirst("main h2").text());
  }

  @Test
  void theAgencyPageShowsItsCatalogueTreeWithTheNewestItems() {
    Document html = render("agency");
    Element tree = html.selectFirst("main ul.gk-tree");
    assertTrue(
        tree.select("a.gk-tree__link").eachText().containsAll(List.of("机构职能", "业务工作", "通知公告")));
    assertEquals(
        "tzgg/2024/3093.html",
        tree.selectFirst("li:has(> a:containsOwn(通知公告)) .gk-item-list__link").attr("href"));
  }

  @Test
  void eachColumnSectionLinksToItsFullListWithAnAccessibleName() {
    Element more = render("home").selectFirst(".gk-column-section__more");
    assertEquals("mengnuo/tzgg/index.html", more.attr("href"));
    assertEquals("更多通知公告", more.text());
  }

  @Test
  void theGuideNamesTheDisclosureOfficeAndHowToReachIt() {
    Document html = render("guide");
    String contacts = html.selectFirst("dl.gk-contact").text();
    for (String expected :
        List.of(
            "勐糯镇人民政府党政办公室",
            "678311",
            "0875-6140001",
            "0875-6140002",
            "mnzdzb@example.gov.cn",
            "工作日")) {
      assertTrue(contacts.contains(expected), expected);
    }
    assertEquals(
        "mailto:mnzdzb@example.gov.cn",
        html.selectFirst("dl.gk-contact a[href^=mailto]").attr("href"));
    assertEquals("2024-01-02", html.selectFirst("main time").text());
  }

  @Test
  void theSiteMapShowsAgenciesAndTheirColumns() {
    Document html = render("sitemap");
    List<String> links = html.select("main a").eachText();
    assertTrue(
        links.containsAll(List.of("首页", "勐糯镇人民政府", "政府信息公开指南", "法定主动公开内容", "统计数据", "龙陵县民政局")));
    assertEquals(
        "../mengnuo/index.html", html.selectFirst("main a:containsOwn(勐糯镇人民政府)").attr("href"));
  }

  @Test
  void theNotFoundPageLinksAbsolutelyBecauseAServerAnswersAnyUrlWithIt() {
    Document html = render("not-found", Variant.ELDER_SIMPLIFIED);
    assertEquals("页面不存在", html.selectFirst("h1").text());
    assertEquals(
        "https://xxgk.example.gov.cn/elder/index.html",
        html.selectFirst("main a:containsOwn(返回首页)").attr("href"));
    assertEquals(
        "https://xxgk.example.gov.cn/assets/gongkai.css",
        html.selectFirst("link[href$=gongkai.css]").attr("href"));
  }

  @Test
  void theGonePageSaysWhenAndWhyTheItemWasWithdrawn() {
    Document html = render("gone");
    assertEquals("信息已撤销", html.selectFirst("h1").text());
    String facts = html.selectFirst("main dl").text();
    assertTrue(facts.contains("2022-11-30"), facts);
    assertTrue(facts.contains("该通知所涉事项已办结，依申请撤销。"), facts);
    assertEquals("../../../index.html", html.selectFirst("main a:containsOwn(返回首页)").attr("href"));
  }

  @Test
  void theHeaderMarksTheCurrentScriptAndLinksTheOther() {
    Document html = render("catalogue", Variant.TRADITIONAL);
    Element header = html.selectFirst("header");
    assertEquals("繁體", header.selectFirst("[aria-current=true]").text());
    Element simplified = header.selectFirst("a[hreflang=zh-Hans]");
    assertEquals("简体", simplified.text());
    assertEquals("../../../mengnuo/tzgg/index_3.html", simplified.attr("href"));
  }
}
