package cn.gongkai.domain.html;

import org.jsoup.safety.Safelist;

/**
 * The tags and attributes an item's body may keep: text structure, tables, links and images.
 * Everything that can run code or change the page's look is left out — script, style, iframe,
 * object, embed, svg, math, form; every {@code on*} handler; {@code style}; {@code class} and
 * {@code id} (the theme styles body content by element, so no class is needed).
 */
final class BodySafelist {

  /** {@code h1} is the page title, set by the template; an {@code h1} in the body is unwrapped. */
  static final String[] TAGS = {
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
    "div"
  };

  private BodySafelist() {}

  static Safelist create() {
    return new Safelist()
        .addTags(TAGS)
        .addAttributes("th", "scope", "colspan", "rowspan")
        .addAttributes("td", "colspan", "rowspan")
        .addAttributes("a", "href")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addAttributes("img", "src", "alt", "width", "height")
        .addProtocols("img", "src", "http", "https")
        // Relative links are checked against a placeholder base and kept as written.
        .preserveRelativeLinks(true);
  }
}
