package cn.gongkai.accessibility.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageStylesTest {

  private static ComputedStyle style(String css, String html, String selector) {
    Document document = Jsoup.parse(html);
    PageStyles styles = PageStyles.of(List.of(StyleSheet.parse(css)));
    return styles.of(document.selectFirst(selector));
  }

  private static String hex(Color color) {
    return color == null ? null : color.hex();
  }

  @Test
  void laterRuleWinsAtEqualSpecificity() {
    ComputedStyle s = style("p { color: #111 } p { color: #222 }", "<p>x</p>", "p");
    assertEquals("#222222", hex(s.color()));
  }

  @Test
  void moreSpecificSelectorWinsOverLaterRule() {
    ComputedStyle s =
        style(".a p { color: #111 } p { color: #222 }", "<div class=a><p>x</p></div>", "p");
    assertEquals("#111111", hex(s.color()));
  }

  @Test
  void importantWinsOverStyleAttribute() {
    ComputedStyle s = style("p { color: #111 !important }", "<p style='color:#222'>x</p>", "p");
    assertEquals("#111111", hex(s.color()));
  }

  @Test
  void styleAttributeWinsOverStylesheet() {
    ComputedStyle s = style("#x { color: #111 }", "<p id=x style='color:#222'>x</p>", "p");
    assertEquals("#222222", hex(s.color()));
  }

  @Test
  void colourIsInherited() {
    ComputedStyle s = style("body { color: #333 }", "<p><span>x</span></p>", "span");
    assertEquals("#333333", hex(s.color()));
  }

  @Test
  void customPropertiesResolveFromRoot() {
    ComputedStyle s =
        style(":root { --gk-text: #1a1a1a } p { color: var(--gk-text) }", "<p>x</p>", "p");
    assertEquals("#1a1a1a", hex(s.color()));
  }

  @Test
  void elderClassOverridesTokens() {
    String css =
        ":root { --gk-text: #595959 } html.gk-elder { --gk-text: #000 } p { color: var(--gk-text) }";
    assertEquals("#595959", hex(style(css, "<p>x</p>", "p").color()));
    assertEquals(
        "#000000",
        hex(style(css, "<html class=gk-elder><body><p>x</p></body></html>", "p").color()));
  }

  @Test
  void tokenReferringToAnotherTokenIsResolvedWhereDeclared() {
    String css = ":root { --blue: #0b4f9c; --link: var(--blue) } a { color: var(--link) }";
    assertEquals("#0b4f9c", hex(style(css, "<a href=x>x</a>", "a").color()));
  }

  @Test
  void varFallbackIsUsedWhenTokenIsMissing() {
    ComputedStyle s = style("p { color: var(--nope, #444) }", "<p>x</p>", "p");
    assertEquals("#444444", hex(s.color()));
  }

  @Test
  void missingTokenWithoutFallbackMakesColourUnknown() {
    assertNull(style("p { color: var(--nope) }", "<p>x</p>", "p").color());
  }

  @Test
  void cyclicTokensMakeColourUnknown() {
    String css = ":root { --a: var(--b); --b: var(--a) } p { color: var(--a) }";
    assertNull(style(css, "<p>x</p>", "p").color());
  }

  @Test
  void hoverAndFocusRulesDoNotApplyAtRest() {
    ComputedStyle s =
        style("a { color: #111 } a:hover, a:focus { color: #999 }", "<a href=x>x</a>", "a");
    assertEquals("#111111", hex(s.color()));
  }

  @Test
  void mediaBlocksAreSkipped() {
    ComputedStyle s =
        style("p { color: #111 } @media print { p { color: #999 } }", "<p>x</p>", "p");
    assertEquals("#111111", hex(s.color()));
  }

  @Test
  void commentsAreIgnored() {
    ComputedStyle s = style("/* p { color: #999 } */ p { color: /* ink */ #111 }", "<p>x</p>", "p");
    assertEquals("#111111", hex(s.color()));
  }

  @Test
  void linksGetTheBrowserBlueByDefault() {
    assertEquals("#0000ee", hex(style("", "<a href=x>x</a>", "a").color()));
  }

  @Test
  void backgroundShorthandSetsColour() {
    ComputedStyle s = style(".h { background: #0b4f9c no-repeat }", "<div class=h>x</div>", "div");
    assertEquals("#0b4f9c", hex(s.backgroundColor()));
    assertFalse(s.hasBackgroundImage());
  }

  @Test
  void backgroundImageIsNoticed() {
    ComputedStyle s = style(".h { background: url(a.png) #fff }", "<div class=h>x</div>", "div");
    assertTrue(s.hasBackgroundImage());
  }

  @Test
  void fontSizeInRemUsesTheRootSize() {
    ComputedStyle s = style("html { font-size: 20px } p { font-size: 1.2rem }", "<p>x</p>", "p");
    assertEquals(24, s.fontSizePx(), 1e-9);
  }

  @Test
  void fontSizeInEmCompoundsThroughAncestors() {
    ComputedStyle s = style("div { font-size: 1.5em }", "<div><div><p>x</p></div></div>", "p");
    assertEquals(36, s.fontSizePx(), 1e-9);
  }

  @Test
  void pointsConvertToPixels() {
    assertEquals(24, style("p { font-size: 18pt }", "<p>x</p>", "p").fontSizePx(), 1e-9);
  }

  @Test
  void headingsUseBrowserDefaultSizeAndWeight() {
    ComputedStyle s = style("", "<h1>x</h1>", "h1");
    assertEquals(32, s.fontSizePx(), 1e-9);
    assertEquals(700, s.fontWeight());
  }

  @Test
  void fontShorthandSetsSizeWeightAndLineHeight() {
    ComputedStyle s =
        style("p { font: bold 24px/1.5 \"Microsoft YaHei\", sans-serif }", "<p>x</p>", "p");
    assertEquals(24, s.fontSizePx(), 1e-9);
    assertEquals(700, s.fontWeight());
    assertEquals(1.5, s.lineHeightRatio(), 1e-9);
  }

  @Test
  void unitlessLineHeightIsInheritedAsAFactor() {
    ComputedStyle s = style("body { line-height: 1.5 } p { font-size: 24px }", "<p>x</p>", "p");
    assertEquals(1.5, s.lineHeightRatio(), 1e-9);
  }

  @Test
  void pixelLineHeightIsInheritedAsALength() {
    ComputedStyle s = style("body { line-height: 24px } p { font-size: 24px }", "<p>x</p>", "p");
    assertEquals(1.0, s.lineHeightRatio(), 1e-9);
  }

  @Test
  void unsetLineHeightCountsAsNormal() {
    ComputedStyle s = style("", "<p>x</p>", "p");
    assertTrue(s.lineHeightNormal());
    assertEquals(1.2, s.lineHeightRatio(), 1e-9);
  }

  @Test
  void declaredMinimumSizesAreRead() {
    ComputedStyle s =
        style(
            ":root { --t: 60px } a { min-height: var(--t); min-width: 3.75em }",
            "<a href=x>x</a>",
            "a");
    assertEquals(60, s.lengthPx("min-height"), 1e-9);
    assertEquals(60, s.lengthPx("min-width"), 1e-9);
  }

  @Test
  void paddingShorthandSpreadsOverTheFourSides() {
    ComputedStyle s = style("a { padding: 8px 1em; padding-left: 2px }", "<a href=x>x</a>", "a");
    assertEquals(8, s.paddingPx("top"), 1e-9);
    assertEquals(16, s.paddingPx("right"), 1e-9);
    assertEquals(8, s.paddingPx("bottom"), 1e-9);
    assertEquals(2, s.paddingPx("left"), 1e-9);
  }

  @Test
  void fontSizeScaledWithCalcAndTokensIsComputed() {
    String css =
        ":root { --size: 16px; --scale: 1 } html.gk-elder { --size: 24px; --scale: 1.25 }"
            + " body { font-size: calc(var(--size) * var(--scale)); line-height: calc(1.5 * 1) }";
    ComputedStyle s = style(css, "<html class=gk-elder><body><p>x</p></body></html>", "p");
    assertEquals(30, s.fontSizePx(), 1e-9);
    assertEquals(1.5, s.lineHeightRatio(), 1e-9);
  }

  @Test
  void percentageSizesAreUnknown() {
    assertTrue(Double.isNaN(style("a { width: 50% }", "<a href=x>x</a>", "a").lengthPx("width")));
  }

  @Test
  void displayNoneHidesDescendants() {
    Document document = Jsoup.parse("<div class=modal><p>x</p></div><p id=shown>y</p>");
    PageStyles styles = PageStyles.of(List.of(StyleSheet.parse(".modal { display: none }")));
    assertFalse(styles.isRendered(document.selectFirst(".modal p")));
    assertTrue(styles.isRendered(document.selectFirst("#shown")));
  }

  @Test
  void backgroundBehindTextComesFromTheNearestAncestorWithOne() {
    Document document = Jsoup.parse("<header><nav><a href=x>x</a></nav></header>");
    PageStyles styles =
        PageStyles.of(List.of(StyleSheet.parse("header { background-color: #0b4f9c }")));
    Element link = document.selectFirst("a");
    assertEquals("#0b4f9c", hex(styles.backgroundBehind(link)));
  }

  @Test
  void backgroundBehindTextIsWhiteCanvasByDefault() {
    Document document = Jsoup.parse("<p>x</p>");
    assertEquals(
        "#ffffff", hex(PageStyles.of(List.of()).backgroundBehind(document.selectFirst("p"))));
  }

  @Test
  void backgroundBehindTextIsUnknownOverAnImage() {
    Document document = Jsoup.parse("<div class=banner><p>x</p></div>");
    PageStyles styles =
        PageStyles.of(
            List.of(StyleSheet.parse(".banner { background-image: linear-gradient(#000, #fff) }")));
    assertNull(styles.backgroundBehind(document.selectFirst("p")));
  }

  @Test
  void importsAreListedInOrder() {
    StyleSheet sheet =
        StyleSheet.parse(
            "@import url(\"tokens.css\"); @import 'print.css' print; p { color: red }");
    assertEquals(List.of("tokens.css"), sheet.imports());
    assertEquals(1, sheet.size());
  }
}
