package cn.gongkai.domain.html;

import java.util.Locale;
import java.util.Set;

/**
 * Decides, the way a browser reads a URL, whether a link or image address may stay: a relative
 * path, or one of the allowed schemes. Browsers ignore whitespace and control characters inside a
 * scheme ({@code jav ascript:}), so they are ignored here too before the scheme is read.
 */
final class UrlPolicy {

  static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private UrlPolicy() {}

  /** The scheme in lower case, or "" for a relative URL. */
  static String scheme(String url) {
    StringBuilder visible = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c)) {
        visible.append(c);
      }
    }
    String compact = visible.toString();
    int colon = compact.indexOf(':');
    if (colon < 0) {
      return "";
    }
    String before = compact.substring(0, colon);
    if (before.contains("/") || before.contains("?") || before.contains("#")) {
      return ""; // e.g. ./a:b.html or ?q=a:b: the colon is in the path or query
    }
    return before.toLowerCase(Locale.ROOT);
  }

  static boolean allowed(String url, Set<String> schemes) {
    String scheme = scheme(url);
    return scheme.isEmpty() || schemes.contains(scheme);
  }

  /** Leaves this site: an http(s) or protocol-relative ({@code //host}) URL. */
  static boolean external(String url) {
    String scheme = scheme(url);
    return scheme.equals("http") || scheme.equals("https") || url.strip().startsWith("//");
  }
}
