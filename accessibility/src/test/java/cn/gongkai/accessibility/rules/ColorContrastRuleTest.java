package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

class ColorContrastRuleTest {

  private final RuleTester rule = new RuleTester(new ColorContrastRule());

  @Test
  void reportsGrey777777OnWhite() {
    Finding finding =
        single(
            rule.page(
                withBody("<main><p class=meta>发布日期：2024-03-01</p></main>"),
                ".meta { color: #777777 }"));
    assertFinding(
        finding, "color-contrast", "WCAG 2.1 1.4.3", Severity.ERROR, "html > body > main > p.meta");
    assertTrue(
        finding.message().contains("#777777") && finding.message().contains("4.47:1"),
        finding.message());
  }

  @Test
  void acceptsGrey767676OnWhite() {
    assertTrue(rule.page(withBody("<p class=meta>发布日期</p>"), ".meta { color: #767676 }").isEmpty());
  }

  @Test
  void acceptsLargeTextAtThreeToOne() {
    // #949494 on white is 3.03:1: enough for 24px text, not for 16px.
    String css = ".big { color: #949494; font-size: 24px } .small { color: #949494 }";
    Finding finding = single(rule.page(withBody("<p class=big>大字</p><p class=small>小字</p>"), css));
    assertEquals("html > body > p.small:nth-child(2)", finding.selector());
  }

  @Test
  void countsBoldTextFrom14PointAsLarge() {
    String css = "p { color: #949494; font-size: 14pt; font-weight: bold }";
    assertTrue(rule.page(withBody("<p>加粗大字</p>"), css).isEmpty());
  }

  @Test
  void readsColoursThroughDesignTokens() {
    String css = ":root { --gk-muted: #999 } .meta { color: var(--gk-muted) }";
    Finding finding = single(rule.page(withBody("<p class=meta>来源</p>"), css));
    assertTrue(finding.message().contains("var(--gk-muted)"), finding.message());
  }

  @Test
  void checksTextAgainstTheBackgroundOfItsAncestors() {
    String css = ".gk-header { background: #0b4f9c } .gk-header a { color: #1a1a1a }";
    Finding finding =
        single(rule.page(withBody("<header class=gk-header><a href=/>首页</a></header>"), css));
    assertTrue(finding.message().contains("#0b4f9c"), finding.message());
  }

  @Test
  void groupsTheSameColourPairIntoOneFinding() {
    String body = "<ul>" + "<li class=meta>日期</li>".repeat(5) + "</ul>";
    Finding finding = single(rule.page(withBody(body), ".meta { color: #aaa }"));
    assertTrue(finding.message().contains("共 5 处"), finding.message());
  }

  @Test
  void skipsTextOverABackgroundImage() {
    String css = ".banner { background: url(banner.jpg) #fff; color: #ccc }";
    assertTrue(rule.page(withBody("<div class=banner>专题</div>"), css).isEmpty());
  }

  @Test
  void skipsColoursItCannotRead() {
    assertTrue(rule.page(withBody("<p class=x>x</p>"), ".x { color: darkslategray }").isEmpty());
  }

  @Test
  void skipsTextThatIsNotRendered() {
    assertTrue(
        rule.page(
                withBody("<p class=x hidden>x</p><p class=y>y</p>"),
                ".x, .y { color: #ccc } .y { display: none }")
            .isEmpty());
  }

  @Test
  void skipsDisabledControls() {
    assertTrue(
        rule.page(
                withBody("<button disabled class=b>提交</button>"),
                ".b { color: #ccc; background: #fff }")
            .isEmpty());
  }

  @Test
  void requires45ForLargeTextOnElderPages() {
    String css = "h1 { color: #949494 }";
    Finding finding = single(rule.elderPage(withBody("<h1>标题</h1>"), css));
    assertFinding(finding, "color-contrast", "WCAG 2.1 1.4.3", Severity.ERROR, "html > body > h1");
  }

  @Test
  void warnsBelowSevenToOneOnElderPages() {
    Finding finding = single(rule.elderPage(withBody("<p>正文</p>"), "p { color: #666666 }"));
    assertFinding(finding, "color-contrast", "WCAG 2.1 1.4.6", Severity.WARNING, "html > body > p");
  }

  @Test
  void elderTokensOverrideStandardTokens() {
    String css = ":root { --ink: #777 } html.gk-elder { --ink: #000 } p { color: var(--ink) }";
    String html =
        "<html class=gk-elder lang=zh-Hans><head><link rel=stylesheet href=/site.css></head><body><p>正文</p></body></html>";
    assertTrue(rule.elderPage(html, css).isEmpty());
    assertEquals(1, rule.page(html.replace("gk-elder", ""), css).size());
  }
}
