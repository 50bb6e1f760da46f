package cn.gongkai.domain.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@code xss-corpus.txt}, sanitised, read back as a browser would read it. */
class XssCorpusTest {

  private static final Set<String> FORBIDDEN_TAGS =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "svg",
          "math",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "link",
          "meta",
          "base",
          "xmp",
          "noscript",
          "noembed",
          "noframes",
          "template",
          "plaintext",
          "title",
          "video",
          "audio",
          "source",
          "details",
          "marquee",
          "isindex",
          "keygen",
          "xml",
          "bgsound");

  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          "html",
          "head",
          "body",
          "p",
          "br",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "strong",
          "em",
          "b",
          "i",
          "u",
          "sub",
          "sup",
          "blockquote",
          "ul",
          "ol",
          "li",
          "table",
          "caption",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "th",
          "td",
          "a",
          "img",
          "figure",
          "figcaption",
          "span",
          "div");

  private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES =
      Map.of(
          "a", Set.of("href", "rel"),
          "img", Set.of("src", "alt", "width", "height"),
          "th", Set.of("scope", "colspan", "rowspan"),
          "td", Set.of("colspan", "rowspan"));

  private static final Set<String> DANGEROUS_SCHEMES = Set.of("javascript", "data", "vbscript");

  static List<String> corpus() throws IOException {
    try (InputStream in = XssCorpusTest.class.getResourceAsStream("xss-corpus.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
  }

  private static Stream<Element> parsed(String html) {
    // As a browser parses it, the document node itself left out.
    return Jsoup.parse(html).getAllElements().stream().filter(e -> !(e instanceof Document));
  }

  @Test
  void holdsAtLeastThirtyCases() throws IOException {
    assertTrue(corpus().size() >= 30, "cases: " + corpus().size());
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void leavesOnlyAllowedElements(String attack) {
    String clean = BodySanitiser.sanitise(attack);
    parsed(clean)
        .forEach(element -> assertTrue(ALLOWED_TAGS.contains(element.normalName()), clean));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void leavesNoForbiddenTagInTheMarkup(String attack) {
    String clean = BodySanitiser.sanitise(attack).toLowerCase(Locale.ROOT);
    for (String tag : FORBIDDEN_TAGS) {
      assertFalse(clean.contains("<" + tag), clean);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void leavesNoEventHandlerStyleOrUnlistedAttribute(String attack) {
    String clean = BodySanitiser.sanitise(attack);
    parsed(clean)
        .forEach(
            element -> {
              Set<String> allowed = ALLOWED_ATTRIBUTES.getOrDefault(element.normalName(), Set.of());
              for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), clean);
                assertTrue(
                    allowed.contains(attribute.getKey()), attribute.getKey() + " in " + clean);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void leavesNoScriptableUrl(String attack) {
    String clean = BodySanitiser.sanitise(attack);
    parsed(clean)
        .flatMap(element -> Stream.of(element.attr("href"), element.attr("src")))
        .map(XssCorpusTest::schemeAsABrowserReadsIt)
        .forEach(scheme -> assertFalse(DANGEROUS_SCHEMES.contains(scheme), clean));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void staysTheSameWhenSanitisedAgain(String attack) {
    String clean = BodySanitiser.sanitise(attack);
    assertEquals(clean, BodySanitiser.sanitise(clean));
  }

  /** Entities are already decoded by the parser; browsers also skip whitespace and controls. */
  private static String schemeAsABrowserReadsIt(String url) {
    StringBuilder visible = new StringBuilder();
    url.codePoints()
        .filter(c -> c > 0x20 && !Character.isISOControl(c) && !Character.isWhitespace(c))
        .forEach(visible::appendCodePoint);
    String compact = visible.toString().toLowerCase(Locale.ROOT);
    int colon = compact.indexOf(':');
    return colon < 0 ? "" : compact.substring(0, colon);
  }
}
