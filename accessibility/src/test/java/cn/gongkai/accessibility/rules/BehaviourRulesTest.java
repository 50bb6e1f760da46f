package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static cn.gongkai.accessibility.rules.RuleTester.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

/** Autoplay and inline script. */
class BehaviourRulesTest {

  private final RuleTester autoplay = new RuleTester(new MediaAutoplayRule());
  private final RuleTester script = new RuleTester(new InlineScriptRule());

  @Test
  void reportsAutoplayingAudio() {
    assertFinding(
        single(autoplay.page(withBody("<audio src=a.mp3 autoplay></audio>"))),
        "media-autoplay",
        "WCAG 2.1 1.4.2",
        Severity.ERROR,
        "html > body > audio");
  }

  @Test
  void reportsAutoplayingVideoWithSound() {
    assertEquals(
        Severity.ERROR,
        single(autoplay.page(withBody("<video src=a.mp4 autoplay controls></video>"))).severity());
  }

  @Test
  void warnsOfMutedAutoplayingVideoWithoutControls() {
    assertFinding(
        single(autoplay.page(withBody("<video src=a.mp4 autoplay muted></video>"))),
        "media-autoplay",
        "WCAG 2.1 2.2.2",
        Severity.WARNING,
        "html > body > video");
  }

  @Test
  void acceptsMediaThatWaitsForTheUser() {
    assertTrue(
        autoplay
            .page(withBody("<video src=a.mp4 controls></video><audio src=a.mp3 controls></audio>"))
            .isEmpty());
  }

  @Test
  void warnsOfClickHandlerOnElementTheKeyboardCannotReach() {
    Finding finding = single(script.page(withBody("<div class=gk-card onclick=\"go()\">卡片</div>")));
    assertFinding(
        finding, "inline-script", "WCAG 2.1 2.1.1", Severity.WARNING, "html > body > div.gk-card");
    assertTrue(finding.message().contains("onclick"), finding.message());
  }

  @Test
  void warnsOfInlineHandlerOnButtonAsScriptSmell() {
    Finding finding = single(script.page(withBody("<button onclick=\"print()\">打印</button>")));
    assertEquals("安全 (CSP)", finding.criterion());
  }

  @Test
  void warnsOfJavascriptUrl() {
    Finding finding = single(script.page(withBody("<a href=\" JavaScript:void(0)\">打印本页</a>")));
    assertFinding(finding, "inline-script", "安全 (CSP)", Severity.WARNING, "html > body > a");
  }

  @Test
  void acceptsPlainLinksAndButtons() {
    assertTrue(
        script
            .page(withBody("<a href=/print.html>打印本页</a><button type=submit>搜索</button>"))
            .isEmpty());
  }
}
