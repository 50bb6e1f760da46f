package cn.gongkai.accessibility;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Collects the findings of all rules for one page, locating each element by a CSS selector. */
public final class Findings {

  private static final String FRAGMENT_PREFIX = "html > body > ";

  private final Page page;
  private final List<Finding> list = new ArrayList<>();
  private final Selectors selectors;

  Findings(Page page) {
    this.page = page;
    this.selectors = new Selectors(page.document());
  }

  public void error(String rule, String criterion, Element element, String message, String fix) {
    add(rule, criterion, Severity.ERROR, element, message, fix);
  }

  public void warning(String rule, String criterion, Element element, String message, String fix) {
    add(rule, criterion, Severity.WARNING, element, message, fix);
  }

  public void add(
      String rule,
      String criterion,
      Severity severity,
      Element element,
      String message,
      String fix) {
    list.add(new Finding(rule, criterion, severity, page.path(), selector(element), message, fix));
  }

  List<Finding> list() {
    return list;
  }

  private String selector(Element element) {
    String selector = selectors.of(element);
    if (page.fragment()) {
      // An editor knows the body, not the html/body wrapper the parser put around it.
      if (selector.startsWith(FRAGMENT_PREFIX)) {
        return selector.substring(FRAGMENT_PREFIX.length());
      }
    }
    return selector;
  }
}
