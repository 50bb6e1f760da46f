package cn.gongkai.accessibility.css;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The cascade for one page: browser defaults, then the page's stylesheets in document order, then
 * {@code style} attributes, with {@code !important} and specificity as in a browser. Computed
 * styles are built on demand and remembered per element. One instance per page and thread.
 */
public final class PageStyles {

  private final List<StyleSheet> sheets;
  private final Map<Element, ComputedStyle> computed = new IdentityHashMap<>();

  private PageStyles(List<StyleSheet> sheets) {
    this.sheets = sheets;
  }

  /** The cascade of the browser defaults followed by {@code authorSheets}, in order. */
  public static PageStyles of(List<StyleSheet> authorSheets) {
    List<StyleSheet> all = new ArrayList<>(authorSheets.size() + 1);
    all.add(UserAgentStyles.SHEET);
    all.addAll(authorSheets);
    return new PageStyles(all);
  }

  public ComputedStyle of(Element element) {
    ComputedStyle known = computed.get(element);
    if (known != null) {
      return known;
    }
    // Ancestors first, top-down, without recursion: deep pages must not exhaust the stack.
    Deque<Element> chain = new ArrayDeque<>();
    for (Element e = element; isStyled(e) && !computed.containsKey(e); e = e.parent()) {
      chain.push(e);
    }
    ComputedStyle style = computed.get(element);
    while (!chain.isEmpty()) {
      Element e = chain.pop();
      Element parent = e.parent();
      ComputedStyle parentStyle = parent == null ? null : computed.get(parent);
      Document document = e.ownerDocument();
      ComputedStyle root = document == null ? null : computed.get(document.firstElementChild());
      Double rootSize = root == null ? null : root.fontSizePx();
      style = new ComputedStyle(declared(e), parentStyle, rootSize);
      computed.put(e, style);
    }
    return style;
  }

  /** Whether the element is drawn at all: no {@code display: none} on it or above it. */
  public boolean isRendered(Element element) {
    for (Element e = element; isStyled(e); e = e.parent()) {
      if (of(e).display().equals("none")) {
        return false;
      }
    }
    return !of(element).invisible();
  }

  /**
   * The opaque colour behind the element's text: its own and its ancestors' backgrounds composited
   * over a white canvas. Null when an image, a gradient or an unknown colour is in the way.
   */
  public Color backgroundBehind(Element element) {
    List<Color> layers = new ArrayList<>();
    for (Element e = element; isStyled(e); e = e.parent()) {
      ComputedStyle style = of(e);
      Color layer = style.backgroundColor();
      if (style.hasBackgroundImage() || layer == null) {
        return null;
      }
      if (layer.alpha() > 0) {
        layers.add(layer);
        if (layer.isOpaque()) {
          break;
        }
      }
    }
    Color result = Color.WHITE;
    for (int i = layers.size() - 1; i >= 0; i--) {
      result = layers.get(i).over(result);
    }
    return result;
  }

  /** Elements have styles; the document node above {@code <html>} has none. */
  private static boolean isStyled(Element e) {
    return e != null && !(e instanceof Document);
  }

  private Map<String, Winner> declared(Element element) {
    Map<String, Winner> winners = new HashMap<>();
    for (int s = 0; s < sheets.size(); s++) {
      int sheet = s;
      sheets
          .get(s)
          .forEachMatch(
              element,
              rule -> {
                for (Declaration d : rule.declarations()) {
                  long priority =
                      Winner.priority(
                          d.important(), sheet > 0, false, rule.specificity(), sheet, d.order());
                  offer(winners, d, priority);
                }
              });
    }
    String inline = element.attr("style");
    if (!inline.isBlank()) {
      for (Declaration d : CssParser.declarations(inline)) {
        offer(winners, d, Winner.priority(d.important(), true, true, 0, sheets.size(), d.order()));
      }
    }
    return winners;
  }

  private static void offer(Map<String, Winner> winners, Declaration d, long priority) {
    Winner current = winners.get(d.property());
    if (current == null || priority > current.priority()) {
      winners.put(d.property(), new Winner(d.value(), priority));
    }
  }
}
