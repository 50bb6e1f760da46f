package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.PageContext;
import cn.gongkai.accessibility.Severity;
import cn.gongkai.accessibility.StyleSheets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StylesheetUnavailableRuleTest {

  @Test
  void warnsWhenALinkedStylesheetCannotBeRead() {
    assertFinding(
        single(new RuleTester(new StylesheetUnavailableRule()).page(withBody("<p>x</p>"))),
        "stylesheet-unavailable",
        "WCAG 2.1 1.4.3",
        Severity.WARNING,
        "html > head > link");
  }

  @Test
  void staysSilentWhenStylesheetsAreRead() {
    assertTrue(
        new RuleTester(new StylesheetUnavailableRule())
            .page(withBody("<p>x</p>"), "p {}")
            .isEmpty());
  }

  @Test
  void contrastIsNotGuessedWithoutTheStylesheet() {
    AccessibilityChecker checker =
        new AccessibilityChecker(List.of(new ColorContrastRule()), List.of());
    String html = withBody("<p style='color:#ccc'>x</p>");
    assertTrue(
        checker.checkPage(html, PageContext.standard("a.html", StyleSheets.none())).isEmpty());
  }
}
