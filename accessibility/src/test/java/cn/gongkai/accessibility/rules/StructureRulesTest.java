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

/** Landmarks, the skip link and the heading outline. */
class StructureRulesTest {

  private final RuleTester landmarks = new RuleTester(new LandmarksRule());
  private final RuleTester skipLink = new RuleTester(new SkipLinkRule());
  private final RuleTester headings = new RuleTester(new HeadingOrderRule());

  private static final String LANDMARKS =
      "<header>某某县人民政府</header><nav><a href=/>首页</a></nav><main>正文</main><footer>主办</footer>";

  @Test
  void reportsPageWithoutMain() {
    List<Finding> findings =
        landmarks.page(withBody("<header>x</header><nav>y</nav><footer>z</footer>"));
    assertFinding(single(findings), "landmarks", "WCAG 2.1 1.3.1", Severity.ERROR, "html > body");
  }

  @Test
  void reportsSecondMain() {
    Finding finding = single(landmarks.page(withBody(LANDMARKS + "<main>又一个</main>")));
    assertFinding(
        finding, "landmarks", "WCAG 2.1 1.3.1", Severity.ERROR, "html > body > main:nth-child(5)");
  }

  @Test
  void warnsOfMissingNavigation() {
    Finding finding =
        single(landmarks.page(withBody("<header>x</header><main>y</main><footer>z</footer>")));
    assertEquals(Severity.WARNING, finding.severity());
    assertTrue(finding.message().contains("nav"), finding.message());
  }

  @Test
  void acceptsPageWithAllLandmarks() {
    assertTrue(landmarks.page(withBody(LANDMARKS)).isEmpty());
  }

  @Test
  void acceptsRoleAttributesAsLandmarks() {
    String body =
        "<div role=banner>x</div><div role=navigation>y</div><div role=main>z</div><div role=contentinfo>w</div>";
    assertTrue(landmarks.page(withBody(body)).isEmpty());
  }

  @Test
  void reportsPageWhoseFirstFocusableElementIsNotASkipLink() {
    Finding finding =
        single(skipLink.page(withBody("<header><a href=/>首页</a></header><main id=m>x</main>")));
    assertFinding(
        finding, "skip-link", "WCAG 2.1 2.4.1", Severity.ERROR, "html > body > header > a");
  }

  @Test
  void reportsSkipLinkToAMissingId() {
    Finding finding =
        single(skipLink.page(withBody("<a href=#main-content>跳到主要内容</a><main id=main>x</main>")));
    assertFinding(finding, "skip-link", "WCAG 2.1 2.4.1", Severity.ERROR, "html > body > a");
    assertTrue(finding.message().contains("#main-content"), finding.message());
  }

  @Test
  void acceptsSkipLinkToMain() {
    assertTrue(
        skipLink
            .page(
                withBody(
                    "<a href=#main-content>跳到主要内容</a><nav><a href=/>首页</a></nav><main id=main-content>x</main>"))
            .isEmpty());
  }

  @Test
  void ignoresElementsTakenOutOfTheTabOrder() {
    assertTrue(
        skipLink
            .page(withBody("<div tabindex=-1>x</div><a href=#c>跳到主要内容</a><main id=c>x</main>"))
            .isEmpty());
  }

  @Test
  void reportsHeadingLevelJump() {
    Finding finding = single(headings.page(withBody("<h1>标题</h1><h2>一、</h2><h4>（一）</h4>")));
    assertFinding(finding, "heading-order", "WCAG 2.1 1.3.1", Severity.ERROR, "html > body > h4");
    assertTrue(finding.message().contains("h2") && finding.message().contains("h4"));
  }

  @Test
  void reportsPageWithoutH1() {
    assertFinding(
        single(headings.page(withBody("<h2>一、</h2>"))),
        "heading-order",
        "WCAG 2.1 2.4.6",
        Severity.ERROR,
        "html > body");
  }

  @Test
  void warnsOfSecondH1() {
    Finding finding = single(headings.page(withBody("<h1>网站</h1><h1>标题</h1>")));
    assertFinding(
        finding,
        "heading-order",
        "WCAG 2.1 2.4.6",
        Severity.WARNING,
        "html > body > h1:nth-child(2)");
  }

  @Test
  void reportsEmptyHeading() {
    Finding finding = single(headings.page(withBody("<h1>标题</h1><h2> </h2>")));
    assertFinding(finding, "heading-order", "WCAG 2.1 2.4.6", Severity.ERROR, "html > body > h2");
  }

  @Test
  void acceptsGoingBackUpSeveralLevels() {
    assertTrue(
        headings.page(withBody("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h2>e</h2>")).isEmpty());
  }

  @Test
  void readsAriaLevelOfRoleHeading() {
    Finding finding =
        single(headings.page(withBody("<h1>a</h1><div role=heading aria-level=3>b</div>")));
    assertEquals("html > body > div", finding.selector());
  }

  @Test
  void warnsOfH1InsideAnEditorsBody() {
    Finding finding = single(headings.fragment("<h1>标题</h1><p>正文</p>"));
    assertFinding(finding, "heading-order", "WCAG 2.1 2.4.6", Severity.WARNING, "h1");
  }

  @Test
  void acceptsEditorsBodyStartingAtH2() {
    assertTrue(headings.fragment("<h2>一、</h2><p>x</p><h3>（一）</h3>").isEmpty());
  }
}
