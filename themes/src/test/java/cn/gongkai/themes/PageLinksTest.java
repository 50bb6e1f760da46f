package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLinksTest {

  private static PageLinks from(Variant variant, String path) {
    return new PageLinks(Fixtures.DOMAIN, variant, path, false);
  }

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource({
    "index.html, mengnuo/xxgk/12/123.html, mengnuo/xxgk/12/123.html",
    "mengnuo/tzgg/index.html, mengnuo/xxgk/12/123.html, ../xxgk/12/123.html",
    "mengnuo/xxgk/12/123.html, index.html, ../../../index.html",
    "mengnuo/xxgk/12/123.html, mengnuo/xxgk/12/124.html, 124.html",
    "mengnuo/xxgk/12/123.html, mengnuo/xxgk/12/123.html, 123.html",
    "mengnuo/index.html, minzheng/index.html, ../minzheng/index.html",
    "a/b/c/d.html, a/x.html, ../../x.html"
  })
  void linksAreRelativeToTheCurrentPage(String page, String target, String expected) {
    assertEquals(expected, from(Variant.SIMPLIFIED, page).href(target));
  }

  @Test
  void linksWithinAVariantIgnoreItsPrefix() {
    assertEquals(
        "../xxgk/12/123.html",
        from(Variant.ELDER_TRADITIONAL, "mengnuo/tzgg/index.html")
            .href("mengnuo/xxgk/12/123.html"));
  }

  @Test
  void directoryTargetsGetAnExplicitIndexFile() {
    PageLinks links = from(Variant.SIMPLIFIED, "mengnuo/tzgg/index_2.html");
    assertEquals("index.html", links.href("mengnuo/tzgg/"));
    assertEquals("../../index.html", links.href(""));
  }

  @Test
  void externalLinksAndFragmentsStayAsTheyAre() {
    PageLinks links = from(Variant.SIMPLIFIED, "mengnuo/tzgg/index.html");
    assertEquals("https://www.gov.cn/", links.href("https://www.gov.cn/"));
    assertEquals("mailto:gk@example.gov.cn", links.href("mailto:gk@example.gov.cn"));
    assertEquals("#main-content", links.href("#main-content"));
  }

  @Test
  void aScriptLinkIsRefusedNotPrinted() {
    PageLinks links = from(Variant.SIMPLIFIED, "mengnuo/tzgg/index.html");
    assertThrows(IllegalArgumentException.class, () -> links.href("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> links.href("JavaScript://%0aalert(1)"));
    assertThrows(IllegalArgumentException.class, () -> links.href("data:text/html,x"));
  }

  @Test
  void aPathWithAColonLaterOnIsStillAPath() {
    assertEquals(
        "../a/b:c.html", from(Variant.SIMPLIFIED, "mengnuo/index.html").href("a/b:c.html"));
  }

  @Test
  void queryAndFragmentOfAnInternalLinkAreKept() {
    assertEquals(
        "../../index.html#gk-accessibility",
        from(Variant.SIMPLIFIED, "mengnuo/tzgg/index.html").href("index.html#gk-accessibility"));
  }

  @Test
  void assetsAreFoundAtTheSiteRootFromEveryVariant() {
    assertEquals(
        "assets/gongkai.css", from(Variant.SIMPLIFIED, "index.html").asset("assets/gongkai.css"));
    assertEquals(
        "../../../assets/gongkai.css",
        from(Variant.ELDER_TRADITIONAL, "mengnuo/index.html").asset("assets/gongkai.css"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "SIMPLIFIED, index.html, TRADITIONAL, zh-hant/index.html",
    "SIMPLIFIED, index.html, ELDER_TRADITIONAL, elder/zh-hant/index.html",
    "TRADITIONAL, index.html, SIMPLIFIED, ../index.html",
    "ELDER_TRADITIONAL, index.html, SIMPLIFIED, ../../index.html",
    "SIMPLIFIED, mengnuo/tzgg/index.html, ELDER_SIMPLIFIED, ../../elder/mengnuo/tzgg/index.html",
    "ELDER_SIMPLIFIED, mengnuo/tzgg/index.html, ELDER_TRADITIONAL, ../../zh-hant/mengnuo/tzgg/index.html",
    "ELDER_TRADITIONAL, mengnuo/xxgk/12/123.html, SIMPLIFIED, ../../../../../mengnuo/xxgk/12/123.html",
    "TRADITIONAL, mengnuo/xxgk/12/123.html, ELDER_TRADITIONAL, ../../../../elder/zh-hant/mengnuo/xxgk/12/123.html"
  })
  void counterpartLinksLeadToTheSamePageInTheOtherVariant(
      Variant variant, String path, Variant other, String expected) {
    assertEquals(expected, from(variant, path).counterpart(other));
  }

  @Test
  void absoluteLinksCarryTheDomainAndTheVariantPrefix() {
    PageLinks links = new PageLinks(Fixtures.DOMAIN, Variant.ELDER_SIMPLIFIED, "404.html", true);
    assertEquals(Fixtures.DOMAIN + "/elder/mengnuo/index.html", links.href("mengnuo/"));
    assertEquals(Fixtures.DOMAIN + "/assets/gongkai.css", links.asset("assets/gongkai.css"));
    assertEquals(Fixtures.DOMAIN + "/zh-hant/404.html", links.counterpart(Variant.TRADITIONAL));
  }

  @Test
  void theAbsoluteUrlOfAPageIsDomainPrefixAndPath() {
    assertEquals(
        Fixtures.DOMAIN + "/elder/zh-hant/mengnuo/xxgk/12/123.html",
        from(Variant.SIMPLIFIED, "mengnuo/xxgk/12/123.html")
            .absoluteUrl(Variant.ELDER_TRADITIONAL));
  }
}
