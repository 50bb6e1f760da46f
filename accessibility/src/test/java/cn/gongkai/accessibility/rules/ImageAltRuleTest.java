package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

class ImageAltRuleTest {

  private final RuleTester rule = new RuleTester(new ImageAltRule());

  @Test
  void reportsImageWithoutAlt() {
    Finding finding =
        single(rule.page(withBody("<main><img src=\"/files/2024/budget.png\"></main>")));
    assertFinding(
        finding, "image-alt", "WCAG 2.1 1.1.1", Severity.ERROR, "html > body > main > img");
    assertTrue(finding.message().contains("budget.png"), finding.message());
  }

  @Test
  void acceptsInformativeImageWithAlt() {
    assertTrue(rule.page(withBody("<img src=a.png alt=\"2024年预算收支表\">")).isEmpty());
  }

  @Test
  void acceptsDecorativeImageWithEmptyAlt() {
    assertTrue(rule.page(withBody("<img src=line.png alt=\"\">")).isEmpty());
  }

  @Test
  void acceptsDecorativeImageWithPresentationRole() {
    assertTrue(rule.page(withBody("<img src=line.png role=presentation>")).isEmpty());
  }

  @Test
  void acceptsImageNamedByAriaLabelledby() {
    assertTrue(
        rule.page(withBody("<p id=c>组织机构图</p><img src=org.png aria-labelledby=c>")).isEmpty());
  }

  @Test
  void ignoresImageHiddenFromAssistiveTechnology() {
    assertTrue(rule.page(withBody("<img src=a.png aria-hidden=true>")).isEmpty());
  }

  @Test
  void warnsOfFileNameUsedAsAlt() {
    Finding finding = single(rule.page(withBody("<img src=IMG_0012.JPG alt=IMG_0012.JPG>")));
    assertFinding(finding, "image-alt", "WCAG 2.1 1.1.1", Severity.WARNING, "html > body > img");
  }

  @Test
  void warnsOfMeaninglessAlt() {
    assertEquals(
        Severity.WARNING, single(rule.page(withBody("<img src=a.png alt=图片>"))).severity());
  }

  @Test
  void reportsSvgImageWithoutName() {
    assertFinding(
        single(rule.page(withBody("<svg role=img viewBox='0 0 10 10'><path d=M0/></svg>"))),
        "image-alt",
        "WCAG 2.1 1.1.1",
        Severity.ERROR,
        "html > body > svg");
  }

  @Test
  void acceptsSvgImageWithTitle() {
    assertTrue(rule.page(withBody("<svg role=img><title>国徽</title></svg>")).isEmpty());
  }

  @Test
  void acceptsSvgImageWithAriaLabel() {
    assertTrue(rule.page(withBody("<svg role=img aria-label=国徽></svg>")).isEmpty());
  }

  @Test
  void reportsImageButtonWithoutAlt() {
    assertFinding(
        single(rule.page(withBody("<form><input type=image src=search.png></form>"))),
        "image-alt",
        "WCAG 2.1 1.1.1",
        Severity.ERROR,
        "html > body > form > input");
  }
}
