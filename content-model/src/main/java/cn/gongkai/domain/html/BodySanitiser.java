package cn.gongkai.domain.html;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * 正文净化: reduces an item body written by an editor (or pasted from Word) to the allowlist of {@link
 * BodySafelist}, so that nothing in it can run script on the public site, and the text — Chinese
 * punctuation, full-width spaces and all — comes through unchanged.
 *
 * <p>Two passes: jsoup's {@link Cleaner} copies only allowed tags and attributes; then every
 * remaining URL is read again as a browser would ({@link UrlPolicy}), numeric attributes must be
 * numbers, and links that leave the site get {@code rel="noopener noreferrer"}. Thread-safe.
 */
public final class BodySanitiser {

  /** Never fetched: only lets jsoup tell a relative URL from one with a scheme. */
  private static final String PLACEHOLDER_BASE = "https://body.gongkai.invalid/";

  private static final Safelist SAFELIST = BodySafelist.create();
  private static final Pattern SIZE = Pattern.compile("\\d{1,4}%?");
  private static final Pattern SPAN = Pattern.compile("[1-9]\\d{0,2}");
  private static final Set<String> SCOPES = Set.of("row", "col", "rowgroup", "colgroup");

  private BodySanitiser() {}

  /** Clean HTML for the body of a page; "" for null or blank input. */
  public static String sanitise(String html) {
    Document clean = clean(html);
    clean
        .outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    return clean.body().html();
  }

  /** The body's text for search and summaries, one line per paragraph, heading or cell. */
  public static String plainText(String html) {
    return PlainText.of(clean(html).body());
  }

  /**
   * As {@link #plainText(String)} for a body that was sanitised when it was saved — as every stored
   * body is — and is already parsed: the publishing gate parses each body once for all its checks.
   */
  public static String plainTextOfSanitised(Element body) {
    return PlainText.of(body);
  }

  private static Document clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, PLACEHOLDER_BASE);
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    for (Element link : clean.body().select("a")) {
      checkLink(link);
    }
    for (Element image : clean.body().select("img")) {
      checkImage(image);
    }
    keepOnlyMatching(clean.body(), "img", "width", SIZE);
    keepOnlyMatching(clean.body(), "img", "height", SIZE);
    keepOnlyMatching(clean.body(), "td, th", "colspan", SPAN);
    keepOnlyMatching(clean.body(), "td, th", "rowspan", SPAN);
    for (Element header : clean.body().select("th[scope]")) {
      if (!SCOPES.contains(header.attr("scope"))) {
        header.removeAttr("scope");
      }
    }
    return clean;
  }

  private static void checkLink(Element link) {
    String href = link.attr("href");
    if (!link.hasAttr("href") || !UrlPolicy.allowed(href, UrlPolicy.LINK_SCHEMES)) {
      // A link that goes nowhere is only noise to a screen reader: keep its text, drop the link.
      link.unwrap();
    } else if (UrlPolicy.external(href)) {
      // The target page must not reach back into ours (window.opener) or learn where readers came
      // from.
      link.attr("rel", "noopener noreferrer");
    }
  }

  /** An image without a safe address shows nothing but a broken icon, so it goes. */
  private static void checkImage(Element image) {
    String src = image.attr("src");
    if (src.isBlank() || !UrlPolicy.allowed(src, UrlPolicy.IMAGE_SCHEMES)) {
      image.remove();
    }
  }

  private static void keepOnlyMatching(
      Element body, String selector, String attribute, Pattern form) {
    for (Element element : body.select(selector)) {
      if (!element.hasAttr(attribute)) {
        continue;
      }
      String value = element.attr(attribute).strip();
      if (form.matcher(value).matches()) {
        element.attr(attribute, value);
      } else {
        element.removeAttr(attribute);
      }
    }
  }
}
