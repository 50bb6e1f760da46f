package cn.gongkai.accessibility.rules;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** Elements a keyboard user reaches with Tab, as far as markup tells. */
final class Tabbable extends Evaluator {

  static final Tabbable INSTANCE = new Tabbable();

  private static final Set<String> FORM_CONTROLS = Set.of("button", "select", "textarea", "input");

  private Tabbable() {}

  @Override
  public boolean matches(Element root, Element element) {
    return is(element);
  }

  static boolean is(Element element) {
    String tag = element.normalName();
    if (FORM_CONTROLS.contains(tag)) {
      if (element.hasAttr("disabled")
          || (tag.equals("input") && Dom.lower(element.attr("type")).equals("hidden"))) {
        return false;
      }
    }
    Integer tabindex = Dom.intAttr(element, "tabindex");
    if (tabindex != null) {
      return tabindex >= 0;
    }
    return switch (tag) {
      case "a", "area" -> element.hasAttr("href");
      case "button", "select", "textarea", "input", "iframe" -> true;
      case "summary" -> element.parent() != null && element.parent().normalName().equals("details");
      case "audio", "video" -> element.hasAttr("controls");
      default -> {
        String editable = Dom.lower(element.attr("contenteditable"));
        yield element.hasAttr("contenteditable") && !editable.equals("false");
      }
    };
  }

  @Override
  public String toString() {
    return ":tabbable";
  }
}
