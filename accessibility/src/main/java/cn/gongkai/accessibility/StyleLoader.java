package cn.gongkai.accessibility;

import cn.gongkai.accessibility.css.PageStyles;
import cn.gongkai.accessibility.css.StyleSheet;
import cn.gongkai.accessibility.css.StyleSheetCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gathers the stylesheets a page uses, in cascade order: linked sheets (with their {@code
 * @import}s) and {@code <style>} elements as they appear. Print-only and alternate sheets are left
 * out.
 */
final class StyleLoader {

  private static final Evaluator SHEETS = QueryParser.parse("link[rel][href], style");
  private static final int MAX_IMPORT_DEPTH = 4;

  private final StyleSheetCache cache;

  StyleLoader(StyleSheetCache cache) {
    this.cache = cache;
  }

  Page.LoadedStyles load(Document document, StyleSheets resolver) {
    List<StyleSheet> sheets = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (Element element : document.select(SHEETS)) {
      if (!forScreen(element.attr("media"))) {
        continue;
      }
      if (element.normalName().equals("style")) {
        sheets.add(cache.parse(element.data()));
      } else if (isStyleSheetLink(element)) {
        addLinked(element.attr("href"), resolver, 0, sheets, unavailable);
      }
    }
    return new Page.LoadedStyles(PageStyles.of(sheets), List.copyOf(unavailable));
  }

  private void addLinked(
      String href,
      StyleSheets resolver,
      int depth,
      List<StyleSheet> sheets,
      List<String> unavailable) {
    Optional<String> css = resolver.css(href);
    if (css.isEmpty()) {
      unavailable.add(href);
      return;
    }
    StyleSheet sheet = cache.parse(css.get());
    if (depth < MAX_IMPORT_DEPTH) {
      for (String imported : sheet.imports()) {
        addLinked(resolveAgainst(href, imported), resolver, depth + 1, sheets, unavailable);
      }
    }
    sheets.add(sheet);
  }

  private static boolean isStyleSheetLink(Element link) {
    boolean stylesheet = false;
    for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (rel.equals("alternate")) {
        return false;
      }
      stylesheet |= rel.equals("stylesheet");
    }
    return stylesheet && !link.hasAttr("disabled");
  }

  private static boolean forScreen(String media) {
    String m = media.strip().toLowerCase(Locale.ROOT);
    return m.isEmpty() || m.equals("all") || m.equals("screen");
  }

  /** An {@code @import} href relative to the sheet that imports it, as the page would see it. */
  static String resolveAgainst(String base, String ref) {
    if (ref.startsWith("/") || ref.contains(":")) {
      return ref;
    }
    int cut = base.indexOf('?');
    String path = cut < 0 ? base : base.substring(0, cut);
    int slash = path.lastIndexOf('/');
    return slash < 0 ? ref : path.substring(0, slash + 1) + ref;
  }
}
