package cn.gongkai.accessibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.PageContext;
import cn.gongkai.accessibility.Rule;
import cn.gongkai.accessibility.Severity;
import cn.gongkai.accessibility.StyleSheets;
import java.util.List;
import java.util.Map;

/** Runs one rule on its own through the public checker. */
final class RuleTester {

  private final AccessibilityChecker checker;

  RuleTester(Rule rule) {
    this.checker = new AccessibilityChecker(List.of(rule), List.of(rule));
  }

  List<Finding> page(String html) {
    return checker.checkPage(html, PageContext.standard("test.html", StyleSheets.none()));
  }

  List<Finding> page(String html, String css) {
    return checker.checkPage(html, PageContext.standard("test.html", sheet(css)));
  }

  List<Finding> elderPage(String html, String css) {
    return checker.checkPage(html, PageContext.elderly("elder/test.html", sheet(css)));
  }

  List<Finding> fragment(String body) {
    return checker.checkFragment(body);
  }

  /** A page with {@code <head>} linking {@code /site.css} and the given body markup. */
  static String withBody(String body) {
    return """
        <!DOCTYPE html><html lang="zh-Hans"><head><title>测试</title>
        <link rel="stylesheet" href="/site.css"></head><body>%s</body></html>"""
        .formatted(body);
  }

  /** The one finding in {@code findings}; fails when there are none or several. */
  static Finding single(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
    return findings.get(0);
  }

  /** Asserts the finding's rule, criterion, severity and selector. */
  static Finding assertFinding(
      Finding finding, String rule, String criterion, Severity severity, String selector) {
    assertEquals(rule, finding.rule(), "rule");
    assertEquals(criterion, finding.criterion(), "criterion");
    assertEquals(severity, finding.severity(), "severity");
    assertEquals(selector, finding.selector(), "selector");
    return finding;
  }

  private static StyleSheets sheet(String css) {
    return StyleSheets.of(Map.of("/site.css", css));
  }
}
