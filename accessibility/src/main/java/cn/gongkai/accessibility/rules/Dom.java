package cn.gongkai.accessibility.rules;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Small DOM questions several rules ask. */
final class Dom {

  private static final int SHOWN_TEXT = 40;

  /** Parsed once: jsoup parses a selector string on every call that takes one. */
  static final Evaluator PARAGRAPH = QueryParser.parse("p");

  static final Evaluator TABLE = QueryParser.parse("table");
  static final Evaluator LABEL = QueryParser.parse("label");
  static final Evaluator TITLE = QueryParser.parse("title");
  static final Evaluator DISABLED = QueryParser.parse("[disabled]");

  private Dom() {}

  /** Whether the element or an ancestor is out of the accessibility tree by markup alone. */
  static boolean hiddenByMarkup(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element has a text node of its own with something other than whitespace. */
  static boolean hasOwnText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A whole number attribute, or null when absent or not a number. */
  static Integer intAttr(Element element, String name) {
    if (!element.hasAttr(name)) {
      return null;
    }
    try {
      return Integer.parseInt(element.attr(name).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The element as a reader would recognise it: {@code <input type="text" name="q">}. */
  static String describe(Element element) {
    StringBuilder s = new StringBuilder("<").append(element.normalName());
    for (String attr : new String[] {"type", "name", "id", "class"}) {
      if (element.hasAttr(attr) && !element.attr(attr).isBlank()) {
        s.append(' ').append(attr).append("=\"").append(shorten(element.attr(attr))).append('"');
        if (attr.equals("id")) {
          break;
        }
      }
    }
    return s.append('>').toString();
  }

  /** Text cut to a length that reads well inside a message. */
  static String shorten(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= SHOWN_TEXT ? t : t.substring(0, SHOWN_TEXT) + "…";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
