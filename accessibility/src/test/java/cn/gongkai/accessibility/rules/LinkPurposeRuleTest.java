package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

class LinkPurposeRuleTest {

  private final RuleTester rule = new RuleTester(new LinkPurposeRule());

  @Test
  void reportsEmptyLink() {
    Finding finding = single(rule.page(withBody("<p><a href=/gk/></a></p>")));
    assertFinding(finding, "link-purpose", "WCAG 2.1 2.4.4", Severity.ERROR, "html > body > p > a");
  }

  @Test
  void reportsLinkWhoseOnlyContentIsADecorativeImage() {
    assertFinding(
        single(rule.page(withBody("<a href=/><img src=logo.png alt=\"\"></a>"))),
        "link-purpose",
        "WCAG 2.1 2.4.4",
        Severity.ERROR,
        "html > body > a");
  }

  @Test
  void acceptsImageLinkNamedByItsAlt() {
    assertTrue(rule.page(withBody("<a href=/><img src=logo.png alt=某某县人民政府首页></a>")).isEmpty());
  }

  @Test
  void reportsBareMoreLink() {
    Finding finding =
        single(
            rule.page(withBody("<section><h2>通知公告</h2><a href=/tzgg/>更多&gt;&gt;</a></section>")));
    assertFinding(
        finding, "link-purpose", "WCAG 2.1 2.4.4", Severity.ERROR, "html > body > section > a");
    assertTrue(finding.message().contains("更多"), finding.message());
  }

  @Test
  void reportsClickHere() {
    assertTrue(single(rule.page(withBody("<p>申请表请<a href=a.doc>点击这里</a>下载</p>"))).isError());
  }

  @Test
  void reportsEnglishReadMore() {
    assertTrue(single(rule.page(withBody("<a href=/en/>Read more »</a>"))).isError());
  }

  @Test
  void acceptsMoreLinkWithAriaLabel() {
    assertTrue(rule.page(withBody("<a href=/tzgg/ aria-label=更多通知公告>更多</a>")).isEmpty());
  }

  @Test
  void acceptsDetailsLinkDescribedByItsItem() {
    assertTrue(
        rule.page(
                withBody(
                    "<li><span id=t1>关于XX的通知</span><a href=1.html aria-describedby=t1>详情</a></li>"))
            .isEmpty());
  }

  @Test
  void acceptsGenericTextWithTitle() {
    assertTrue(rule.page(withBody("<a href=1.html title=查看关于XX的通知全文>详情</a>")).isEmpty());
  }

  @Test
  void reportsGenericAriaLabelThatAddsNothing() {
    assertTrue(single(rule.page(withBody("<a href=/tzgg/ aria-label=更多>更多</a>"))).isError());
  }

  @Test
  void acceptsDescriptiveLink() {
    assertTrue(rule.page(withBody("<a href=/gk/zn/>政府信息公开指南</a>")).isEmpty());
  }
}
