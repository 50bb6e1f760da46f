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

/** Target size, text size and pop-ups: the 适老化 rules. */
class ElderRulesTest {

  private final RuleTester targets = new RuleTester(new TargetSizeRule());
  private final RuleTester text = new RuleTester(new ElderTextSizeRule());
  private final RuleTester popups = new RuleTester(new ElderPopupRule());

  private static final String BIG_TEXT = "body { font-size: 24px; line-height: 1.5 }";

  @Test
  void reportsSmallButtonOnElderPage() {
    String css = ".gk-button { display: inline-block; min-width: 48px; min-height: 40px }";
    Finding finding =
        single(targets.elderPage(withBody("<button class=gk-button>搜索</button>"), css));
    assertFinding(
        finding,
        "target-size",
        "适老化 (工信部 2021) / WCAG 2.1 2.5.5",
        Severity.ERROR,
        "html > body > button.gk-button");
    assertTrue(finding.message().contains("48×40"), finding.message());
  }

  @Test
  void acceptsSixtyPixelTargetsOnElderPage() {
    String css = "a, button { display: inline-block; min-width: 60px; min-height: 60px }";
    assertTrue(
        targets
            .elderPage(withBody("<nav><a href=/>首页</a></nav><button>搜索</button>"), css)
            .isEmpty());
  }

  @Test
  void warnsOfUndeclaredTargetSizeOnStandardPage() {
    Finding finding =
        single(targets.page(withBody("<nav><a href=/>首页</a></nav>"), "nav a { display: block }"));
    assertFinding(
        finding, "target-size", "WCAG 2.1 2.5.5", Severity.WARNING, "html > body > nav > a");
  }

  @Test
  void countsTheWidthOfChineseTextAndPadding() {
    String css = "a { display: inline-block; min-height: 60px; padding: 0 12px; font-size: 24px }";
    String body = "<nav><a href=/>首页</a><a href=/gk/>政府信息公开</a></nav>";
    assertTrue(targets.elderPage(withBody(body), css).isEmpty());
  }

  @Test
  void reportsShortLinkThatNeedsAMinimumWidth() {
    String css = "a { display: inline-block; min-height: 60px; font-size: 24px }";
    Finding finding = single(targets.elderPage(withBody("<nav><a href=/>首页</a></nav>"), css));
    assertTrue(finding.message().contains("48×60"), finding.message());
    assertTrue(
        finding.fix().contains("min-width") && !finding.fix().contains("min-height"),
        finding.fix());
  }

  @Test
  void reportsMinimumHeightOnAnInlineLink() {
    Finding finding =
        single(
            targets.elderPage(
                withBody("<nav><a href=/>首页</a></nav>"),
                "a { min-width: 60px; min-height: 60px }"));
    assertTrue(finding.message().contains("display: inline"), finding.message());
  }

  @Test
  void countsChildrenOfFlexContainersAsBlocks() {
    String css = ".gk-nav { display: flex } .gk-nav a { min-width: 60px; min-height: 60px }";
    assertTrue(
        targets
            .elderPage(withBody("<nav class=gk-nav><a href=/>首页</a><a href=/gk/>公开</a></nav>"), css)
            .isEmpty());
  }

  @Test
  void exemptsLinksInsideSentences() {
    assertTrue(
        targets.elderPage(withBody("<p>详见<a href=a.html>《政府信息公开条例》</a>。</p>"), "").isEmpty());
  }

  @Test
  void groupsTargetsOfTheSameSize() {
    String body = "<ul>" + "<li><a href=x>文件</a></li>".repeat(4) + "</ul>";
    Finding finding =
        single(targets.elderPage(withBody(body), "a { display: block; min-height: 40px }"));
    assertTrue(finding.message().contains("共 4 处"), finding.message());
  }

  @Test
  void reportsSmallBodyTextOnElderPage() {
    Finding finding =
        single(text.elderPage(withBody("<main><p>正文</p></main>"), "body { line-height: 1.5 }"));
    assertFinding(
        finding, "elder-text-size", "适老化 (工信部 2021)", Severity.ERROR, "html > body > main > p");
    assertTrue(finding.message().contains("16px"), finding.message());
  }

  @Test
  void reportsUnsetLineHeightOnElderPage() {
    Finding finding =
        single(text.elderPage(withBody("<main><p>正文</p></main>"), "body { font-size: 18pt }"));
    assertTrue(finding.message().contains("normal"), finding.message());
  }

  @Test
  void acceptsLargeAiryTextOnElderPage() {
    assertTrue(text.elderPage(withBody("<main><h1>标题</h1><p>正文</p></main>"), BIG_TEXT).isEmpty());
  }

  @Test
  void ignoresTextSizeOfStandardPages() {
    assertTrue(text.page(withBody("<main><p>正文</p></main>"), "").isEmpty());
  }

  @Test
  void reportsNewWindowLinkWithoutWarningOnElderPage() {
    Finding finding =
        single(
            popups.elderPage(withBody("<a href=https://www.gov.cn/ target=_blank>中国政府网</a>"), ""));
    assertFinding(finding, "elder-no-popups", "适老化 (工信部 2021)", Severity.ERROR, "html > body > a");
  }

  @Test
  void acceptsNewWindowLinkThatSaysSo() {
    String body = "<a href=https://www.gov.cn/ target=_blank>中国政府网（在新窗口打开）</a>";
    assertTrue(popups.elderPage(withBody(body), "").isEmpty());
  }

  @Test
  void ignoresNewWindowLinksOnStandardPages() {
    assertTrue(
        popups.page(withBody("<a href=https://www.gov.cn/ target=_blank>中国政府网</a>"), "").isEmpty());
  }

  @Test
  void reportsWindowOpenInAHandler() {
    Finding finding =
        single(
            popups.elderPage(
                withBody("<button onclick=\"window.open('/survey')\">问卷</button>"), ""));
    assertEquals("html > body > button", finding.selector());
  }

  @Test
  void reportsFloatingWindowOnceForNestedParts() {
    String body =
        "<div id=piaochuang class=gk-float><div class=ad-inner><a href=/zt/>专题</a></div></div>";
    Finding finding = single(popups.elderPage(withBody(body), ""));
    assertFinding(finding, "elder-no-popups", "适老化 (工信部 2021)", Severity.ERROR, "#piaochuang");
  }

  @Test
  void reportsDialogOpenOnLoad() {
    assertEquals(1, popups.elderPage(withBody("<dialog open>欢迎访问</dialog>"), "").size());
  }

  @Test
  void acceptsDialogTheUserOpens() {
    String body =
        "<button aria-controls=help>帮助</button><div id=help class=gk-modal role=dialog>说明</div>"
            + "<dialog class=modal>确认</dialog><div class=popup hidden>提示</div>";
    assertTrue(popups.elderPage(withBody(body), "").isEmpty());
  }

  @Test
  void acceptsAdClassHiddenByTheStylesheet() {
    List<Finding> findings =
        popups.elderPage(withBody("<div class=ads>广告位</div>"), ".ads { display: none }");
    assertTrue(findings.isEmpty(), findings::toString);
  }

  @Test
  void doesNotMistakeWordsContainingAdForAds() {
    assertTrue(
        popups
            .elderPage(
                withBody("<div class='gk-header adaptive'><p class=read-more>x</p></div>"), "")
            .isEmpty());
  }
}
