package cn.gongkai.accessibility;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Small helpers for the hrefs of stylesheets. */
final class Hrefs {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private Hrefs() {}

  /** The local path an href names, without query or fragment; null for remote or data URLs. */
  static String localPath(String href) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("//") || SCHEME.matcher(h).find()) {
      return null;
    }
    int cut = indexOfAny(h, '?', '#');
    String path = cut < 0 ? h : h.substring(0, cut);
    if (path.isEmpty()) {
      return null;
    }
    return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
