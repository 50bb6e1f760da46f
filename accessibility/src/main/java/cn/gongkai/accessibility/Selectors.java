package cn.gongkai.accessibility;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the CSS selector that locates a finding's element: a path from the nearest ancestor with a
 * unique id (or from {@code html}), e.g. {@code #main-content > ul.gk-list > li:nth-child(3) > a}.
 * jsoup's own {@code cssSelector()} searches the document at every step, which is too slow for
 * pages with many findings.
 */
final class Selectors {

  private static final Pattern IDENTIFIER = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");

  private final Document document;
  private Map<String, Integer> idCounts;

  Selectors(Document document) {
    this.document = document;
  }

  String of(Element element) {
    Deque<String> steps = new ArrayDeque<>();
    for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
      String id = e.id();
      if (!id.isEmpty() && IDENTIFIER.matcher(id).matches() && isUnique(id)) {
        steps.push("#" + id);
        break;
      }
      steps.push(step(e));
    }
    return String.join(" > ", steps);
  }

  private static String step(Element e) {
    StringBuilder step = new StringBuilder(e.normalName());
    for (String name : e.classNames()) {
      if (IDENTIFIER.matcher(name).matches()) {
        step.append('.').append(name);
        break; // one class is enough to recognise the component
      }
    }
    Element parent = e.parent();
    if (parent != null && !(parent instanceof Document) && hasSameTagSibling(parent, e)) {
      step.append(":nth-child(").append(e.elementSiblingIndex() + 1).append(')');
    }
    return step.toString();
  }

  private static boolean hasSameTagSibling(Element parent, Element e) {
    for (Element sibling : parent.children()) {
      if (sibling != e && sibling.normalName().equals(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  private boolean isUnique(String id) {
    if (idCounts == null) {
      idCounts = new HashMap<>();
      for (Element withId : document.getAllElements()) {
        if (withId.hasAttr("id")) {
          idCounts.merge(withId.id(), 1, Integer::sum);
        }
      }
    }
    return idCounts.getOrDefault(id, 0) == 1;
  }
}
