package cn.gongkai.accessibility.rules;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A simplified accessible-name computation (W3C accname): {@code aria-labelledby}, {@code
 * aria-label}, the element's own name source ({@code alt}, {@code <label>}, {@code value}, {@code
 * <title>}), its text content, then {@code title}.
 */
final class AccessibleNames {

  private static final Set<String> NAMED_BY_CONTENT =
      Set.of("a", "button", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "label");
  private static final Set<String> ROLES_NAMED_BY_CONTENT =
      Set.of(
          "button",
          "link",
          "checkbox",
          "radio",
          "switch",
          "tab",
          "menuitem",
          "option",
          "heading",
          "treeitem",
          "cell",
          "columnheader",
          "rowheader",
          "tooltip");
  private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript");

  private AccessibleNames() {}

  /** The element's accessible name, stripped; empty when it has none. */
  static String of(Element element) {
    String name = labelledBy(element);
    if (name.isEmpty()) {
      name = element.attr("aria-label").strip();
    }
    if (name.isEmpty()) {
      name = nativeName(element);
    }
    if (name.isEmpty() && namedByContent(element)) {
      name = content(element);
    }
    if (name.isEmpty()) {
      name = element.attr("title").strip();
    }
    return name;
  }

  /** The text of the elements {@code aria-labelledby} points at; empty when none resolves. */
  static String labelledBy(Element element) {
    return referencedText(element, "aria-labelledby");
  }

  /** The text of the elements an id-list attribute points at, joined by spaces. */
  static String referencedText(Element element, String attribute) {
    String ids = element.attr(attribute).strip();
    if (ids.isEmpty()) {
      return "";
    }
    Document document = element.ownerDocument();
    StringBuilder text = new StringBuilder();
    for (String id : ids.split("\\s+")) {
      Element target = document == null ? null : document.getElementById(id);
      if (target != null) {
        text.append(' ').append(content(target));
      }
    }
    return text.toString().strip();
  }

  /** The visible text of an element and its descendants, with images replaced by their alt. */
  static String content(Element element) {
    StringBuilder text = new StringBuilder();
    appendContent(element, text);
    return text.toString().strip();
  }

  private static void appendContent(Element element, StringBuilder text) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode t) {
        text.append(t.text());
      } else if (node instanceof Element child) {
        if (child.hasAttr("hidden")
            || child.attr("aria-hidden").equalsIgnoreCase("true")
            || SKIPPED.contains(child.normalName())) {
          continue;
        }
        String label = child.attr("aria-label").strip();
        if (!label.isEmpty()) {
          text.append(' ').append(label).append(' ');
        } else if (child.normalName().equals("img") || child.normalName().equals("area")) {
          text.append(child.attr("alt"));
        } else if (child.normalName().equals("svg")) {
          text.append(svgTitle(child));
        } else {
          appendContent(child, text);
        }
      }
    }
  }

  private static String nativeName(Element element) {
    String tag = element.normalName();
    String type = Dom.lower(element.attr("type"));
    return switch (tag) {
      case "img", "area" -> element.attr("alt").strip();
      case "svg" -> svgTitle(element);
      case "input" ->
          switch (type) {
            case "image" -> element.attr("alt").strip();
            case "submit" -> element.hasAttr("value") ? element.attr("value").strip() : "提交";
            case "reset" -> element.hasAttr("value") ? element.attr("value").strip() : "重置";
            case "button" -> element.attr("value").strip();
            default -> labelText(element);
          };
      case "select", "textarea", "meter", "progress", "output" -> labelText(element);
      case "table" -> captionText(element);
      case "fieldset" -> legendText(element);
      case "iframe" -> element.attr("title").strip();
      default -> "";
    };
  }

  /** The text of the {@code <label>}s that label a form control. */
  static String labelText(Element control) {
    StringBuilder text = new StringBuilder();
    String id = control.id();
    Document document = control.ownerDocument();
    if (!id.isEmpty() && document != null) {
      for (Element label : document.getElementsByTag("label")) {
        if (label.attr("for").equals(id)) {
          text.append(' ').append(content(label));
        }
      }
    }
    Element wrapping = control.parent() == null ? null : control.parent().closest(Dom.LABEL);
    if (wrapping != null) {
      text.append(' ').append(content(wrapping));
    }
    return text.toString().strip();
  }

  private static String svgTitle(Element svg) {
    for (Element child : svg.children()) {
      if (child.normalName().equals("title")) {
        return child.text().strip();
      }
    }
    return "";
  }

  private static String captionText(Element table) {
    for (Element child : table.children()) {
      if (child.normalName().equals("caption")) {
        return content(child);
      }
    }
    return "";
  }

  private static String legendText(Element fieldset) {
    for (Element child : fieldset.children()) {
      if (child.normalName().equals("legend")) {
        return content(child);
      }
    }
    return "";
  }

  private static boolean namedByContent(Element element) {
    return NAMED_BY_CONTENT.contains(element.normalName())
        || ROLES_NAMED_BY_CONTENT.contains(Dom.lower(element.attr("role")).strip());
  }
}
