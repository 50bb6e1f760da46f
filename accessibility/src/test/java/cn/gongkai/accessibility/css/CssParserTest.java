package cn.gongkai.accessibility.css;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What the checker relies on from the CSS parser (ph-css in browser-compliant mode): broken parts
 * of a sheet are dropped as a browser drops them, and the rest still counts.
 */
class CssParserTest {

  private static String colour(String css, String html, String selector) {
    PageStyles styles = PageStyles.of(List.of(StyleSheet.parse(css)));
    Color color = styles.of(Jsoup.parse(html).selectFirst(selector)).color();
    return color == null ? null : color.hex();
  }

  @Test
  void aBrokenDeclarationDropsOnlyItself() {
    assertEquals("#333333", colour("p { color: ; foo; color: #333 }", "<p>x</p>", "p"));
  }

  @Test
  void internetExplorerHacksDoNotHideTheRestOfTheRule() {
    String css =
        ".a { *zoom: 1; _height: 1px; filter: progid:DXImageTransform.Microsoft.gradient("
            + "startColorstr='#80000000', endColorstr='#80000000'); color: #333 }";

    assertEquals("#333333", colour(css, "<p class=a>x</p>", "p"));
  }

  @Test
  void aRuleAfterAnUnknownAtRuleStillApplies() {
    String css =
        "@-ms-viewport { width: device-width } @font-face { font-family: x } p { color: #333 }";

    assertEquals("#333333", colour(css, "<p>x</p>", "p"));
  }

  @Test
  void supportsAndLayerBlocksAreSkippedLikeMediaBlocks() {
    String css =
        "p { color: #111 } @supports (display: grid) { p { color: #999 } }"
            + " @layer base { p { color: #999 } }";

    assertEquals("#111111", colour(css, "<p>x</p>", "p"));
  }

  @Test
  void importantInAnyCaseIsImportant() {
    assertEquals(
        "#111111", colour("p { color: #111 !IMPORTANT } p { color: #222 }", "<p>x</p>", "p"));
  }

  @Test
  void customPropertyNamesKeepTheirCase() {
    String css = ":root { --Ink: #111; --ink: #999 } p { color: var(--Ink) }";

    assertEquals("#111111", colour(css, "<p>x</p>", "p"));
  }

  @Test
  void eachSelectorOfAListIsItsOwnRule() {
    StyleSheet sheet = StyleSheet.parse("h1, .title, main > p { color: #111 }");

    assertEquals(3, sheet.size());
  }

  @Test
  void onlyImportsForEveryScreenAreFollowed() {
    StyleSheet sheet =
        StyleSheet.parse(
            "@import 'a.css'; @import url(b.css) screen; @import 'c.css' all;"
                + " @import 'd.css' (min-width: 40em); @import 'e.css' only print; p { color: red }");

    assertEquals(List.of("a.css", "b.css", "c.css"), sheet.imports());
  }

  @Test
  void styleAttributesAreReadAsDeclarations() {
    assertEquals("#222222", colour("", "<p style='color: #222; foo'>x</p>", "p"));
  }
}
