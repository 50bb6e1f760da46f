package cn.gongkai.publisher.gate;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.PageContext;
import cn.gongkai.accessibility.StyleSheets;
import cn.gongkai.themes.Variant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks rendered pages: each page is parsed once, then the accessibility checker runs over it and
 * its links are collected for the link check. In a full build every page of a kind comes from the
 * same template, so only the first {@code perKind} pages of each kind and variant are checked in
 * full (the items' own HTML is checked separately, fragment by fragment); an incremental
 * publication checks every page it writes.
 */
public final class PageGates {
  private final AccessibilityChecker checker;
  private final Map<String, String> stylesheets;
  private final GateReport report;
  private final LinkCheck links;
  private final int perKind;
  private final Map<String, AtomicInteger> checked = new ConcurrentHashMap<>();

  /**
   * @param assets the theme's files by site path (assets/gongkai.css …), for contrast and sizes
   * @param perKind how many pages of each kind and variant to check; {@code Integer.MAX_VALUE} for
   *     all
   */
  public PageGates(Map<String, byte[]> assets, GateReport report, LinkCheck links, int perKind) {
    this(AccessibilityChecker.withDefaultRules(), assets, report, links, perKind);
  }

  /**
   * With a checker shared across publications: it keeps the theme's stylesheets parsed, which a
   * fresh checker would parse again for every publication.
   */
  public PageGates(
      AccessibilityChecker checker,
      Map<String, byte[]> assets,
      GateReport report,
      LinkCheck links,
      int perKind) {
    this.checker = checker;
    this.stylesheets = new ConcurrentHashMap<>();
    assets.forEach(
        (path, bytes) -> {
          if (path.endsWith(".css")) {
            stylesheets.put(path, new String(bytes, StandardCharsets.UTF_8));
          }
        });
    this.report = report;
    this.links = links;
    this.perKind = perKind;
  }

  /** Inspects one rendered page (its UTF-8 file) at {@code sitePath}, variant prefix included. */
  public void inspect(String kind, Variant variant, String sitePath, byte[] html) {
    AtomicInteger count = checked.computeIfAbsent(kind + "/" + variant, k -> new AtomicInteger());
    if (count.incrementAndGet() > perKind) {
      return;
    }
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    PageContext ctx = new PageContext(sitePath, variant.elderly(), resolver(sitePath));
    for (Finding f : checker.checkPage(doc, ctx)) {
      report.add(
          new GateFinding(
              "accessibility",
              f.isError(),
              sitePath,
              f.rule(),
              f.criterion(),
              f.selector(),
              f.message(),
              f.fix()));
    }
    for (Element a : doc.select("a[href], link[href], script[src], img[src]")) {
      String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
      links.link(sitePath, target);
    }
  }

  /** Stylesheet hrefs are relative to the page; the theme's assets are known by site path. */
  private StyleSheets resolver(String sitePath) {
    return href -> {
      if (href.startsWith("http:") || href.startsWith("https:")) {
        int assets = href.indexOf("/assets/");
        return assets < 0
            ? Optional.empty()
            : Optional.ofNullable(stylesheets.get(href.substring(assets + 1)));
      }
      String resolved = URI.create("x:/" + sitePath).resolve(href).getPath();
      return Optional.ofNullable(
          stylesheets.get(resolved.startsWith("/") ? resolved.substring(1) : resolved));
    };
  }
}
