package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableRuleTest {

  private final RuleTester rule = new RuleTester(new DataTableRule());

  @Test
  void reportsTableWithoutHeaderCells() {
    Finding finding =
        single(
            rule.page(
                withBody("<table><caption>收费标准</caption><tr><td>页数</td><td>金额</td></tr></table>")));
    assertFinding(
        finding, "table-headers", "WCAG 2.1 1.3.1", Severity.ERROR, "html > body > table");
    assertTrue(finding.message().contains("th"), finding.message());
  }

  @Test
  void reportsTableWithoutCaptionOrLabel() {
    Finding finding = single(rule.page(withBody("<table><tr><th>页数</th><th>金额</th></tr></table>")));
    assertTrue(finding.message().contains("caption"), finding.message());
  }

  @Test
  void reportsBothProblemsOfABareTable() {
    List<Finding> findings = rule.page(withBody("<table><tr><td>1</td></tr></table>"));
    assertEquals(2, findings.size());
  }

  @Test
  void acceptsTableWithHeadersAndCaption() {
    String table =
        "<table><caption>信息处理费收费标准</caption><tr><th scope=col>页数</th><th scope=col>金额</th></tr>"
            + "<tr><td>31–100</td><td>10元</td></tr></table>";
    assertTrue(rule.page(withBody(table)).isEmpty());
  }

  @Test
  void acceptsAriaLabelInsteadOfCaption() {
    assertTrue(
        rule.page(withBody("<table aria-label=收费标准><tr><th>页数</th></tr></table>")).isEmpty());
  }

  @Test
  void ignoresLayoutTable() {
    assertTrue(
        rule.page(withBody("<table role=presentation><tr><td>x</td></tr></table>")).isEmpty());
  }

  @Test
  void headersOfANestedTableDoNotCountForTheOuterOne() {
    String html =
        "<table aria-label=外表><tr><td><table aria-label=内表><tr><th>x</th></tr></table></td></tr></table>";
    Finding finding = single(rule.page(withBody(html)));
    assertEquals("html > body > table", finding.selector());
    assertTrue(finding.message().contains("th"), finding.message());
  }
}
