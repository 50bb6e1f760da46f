package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

/** Form labels, names of focusable elements, ids and tab order. */
class ControlRulesTest {

  private final RuleTester labels = new RuleTester(new FormLabelRule());
  private final RuleTester names = new RuleTester(new FocusableNameRule());
  private final RuleTester ids = new RuleTester(new DuplicateIdRule());
  private final RuleTester tabindex = new RuleTester(new PositiveTabindexRule());

  @Test
  void reportsSearchBoxWithOnlyAPlaceholder() {
    Finding finding =
        single(labels.page(withBody("<form><input type=text name=q placeholder=请输入关键词></form>")));
    assertFinding(
        finding, "form-label", "WCAG 2.1 4.1.2", Severity.ERROR, "html > body > form > input");
    assertTrue(finding.message().contains("请输入关键词"), finding.message());
  }

  @Test
  void acceptsFieldWithLabelFor() {
    assertTrue(labels.page(withBody("<label for=q>搜索</label><input id=q name=q>")).isEmpty());
  }

  @Test
  void acceptsFieldInsideItsLabel() {
    assertTrue(labels.page(withBody("<label>申请人姓名 <input name=name></label>")).isEmpty());
  }

  @Test
  void acceptsFieldLabelledByAnotherElement() {
    assertTrue(
        labels
            .page(withBody("<span id=l>联系电话</span><input name=tel aria-labelledby=l>"))
            .isEmpty());
  }

  @Test
  void reportsSelectAndTextareaWithoutLabels() {
    assertTrue(
        labels
                .page(
                    withBody(
                        "<select name=f><option>纸质</option></select><textarea name=d></textarea>"))
                .size()
            == 2);
  }

  @Test
  void ignoresHiddenFieldsAndButtons() {
    assertTrue(
        labels.page(withBody("<input type=hidden name=t><input type=submit value=提交>")).isEmpty());
  }

  @Test
  void reportsIconButtonWithoutName() {
    Finding finding =
        single(
            names.page(withBody("<button class=gk-close><svg aria-hidden=true></svg></button>")));
    assertFinding(
        finding,
        "focusable-name",
        "WCAG 2.1 4.1.2",
        Severity.ERROR,
        "html > body > button.gk-close");
  }

  @Test
  void acceptsIconButtonWithAriaLabel() {
    assertTrue(
        names
            .page(withBody("<button aria-label=关闭><svg aria-hidden=true></svg></button>"))
            .isEmpty());
  }

  @Test
  void reportsIframeWithoutTitle() {
    Finding finding = single(names.page(withBody("<iframe src=map.html></iframe>")));
    assertFinding(
        finding, "focusable-name", "WCAG 2.1 4.1.2", Severity.ERROR, "html > body > iframe");
    assertTrue(finding.message().contains("iframe"));
  }

  @Test
  void reportsFocusableDivWithoutName() {
    assertFinding(
        single(names.page(withBody("<div tabindex=0 class=gk-slide></div>"))),
        "focusable-name",
        "WCAG 2.1 4.1.2",
        Severity.ERROR,
        "html > body > div.gk-slide");
  }

  @Test
  void acceptsSubmitButtonWithBrowserDefaultName() {
    assertTrue(names.page(withBody("<input type=submit>")).isEmpty());
  }

  @Test
  void leavesEmptyLinksToTheLinkRule() {
    assertTrue(names.page(withBody("<a href=/></a><input name=q>")).isEmpty());
  }

  @Test
  void reportsDuplicatedIdOnceAtItsSecondUse() {
    Finding finding = single(ids.page(withBody("<p id=x>1</p><p id=x>2</p><p id=x>3</p>")));
    assertFinding(
        finding, "duplicate-id", "WCAG 2.1 4.1.1", Severity.ERROR, "html > body > p:nth-child(2)");
    assertTrue(finding.message().contains("3"), finding.message());
  }

  @Test
  void acceptsUniqueIds() {
    assertTrue(ids.page(withBody("<p id=a>1</p><p id=b>2</p>")).isEmpty());
  }

  @Test
  void warnsOfPositiveTabindex() {
    assertFinding(
        single(tabindex.page(withBody("<a href=/ tabindex=3>首页</a>"))),
        "positive-tabindex",
        "WCAG 2.1 2.4.3",
        Severity.WARNING,
        "html > body > a");
  }

  @Test
  void acceptsTabindexZeroAndMinusOne() {
    assertTrue(
        tabindex.page(withBody("<div tabindex=0>a</div><div tabindex=-1>b</div>")).isEmpty());
  }
}
