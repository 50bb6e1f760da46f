package cn.gongkai.publisher.gate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Dead links are a national inspection failure. Every link of every checked page is resolved
 * against the page's own path; at the end each target must be a file of the new release — written
 * by this publication or already in the release it builds on.
 */
public final class LinkCheck {
  /** target → one page that links to it (enough to tell a person where to look). */
  private final Map<String, String> targets = new ConcurrentHashMap<>();

  /** Records a link found on {@code page}; links leaving the site are not checked here. */
  public void link(String page, String href) {
    if (href.isEmpty() || href.startsWith("#") || href.contains(":")) {
      return;
    }
    try {
      String path =
          new URI("x:/" + page).resolve(new URI(null, null, stripped(href), null)).getPath();
      targets.putIfAbsent(path.startsWith("/") ? path.substring(1) : path, page);
    } catch (URISyntaxException | IllegalArgumentException e) {
      targets.putIfAbsent("(unreadable link " + href + ")", page);
    }
  }

  /** Reports every target {@code exists} does not know as a blocking finding. */
  public void verify(Predicate<String> exists, GateReport report) {
    targets.forEach(
        (target, page) -> {
          String file = target.endsWith("/") || target.isEmpty() ? target + "index.html" : target;
          if (!exists.test(file)) {
            report.add(
                new GateFinding(
                    "links",
                    true,
                    page,
                    "dead-link",
                    null,
                    "a[href]",
                    "The page links to " + file + ", which the site does not have.",
                    "Publish the linked page first, or change the link."));
          }
        });
  }

  private static String stripped(String href) {
    int cut = href.length();
    for (char c : new char[] {'?', '#'}) {
      int i = href.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return href.substring(0, cut);
  }
}
