package cn.gongkai.accessibility.rules;

import static cn.gongkai.accessibility.rules.RuleTester.assertFinding;
import static cn.gongkai.accessibility.rules.RuleTester.single;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Severity;
import org.junit.jupiter.api.Test;

/** The page-level rules: language, title, viewport, refresh. */
class DocumentRulesTest {

  private final RuleTester lang = new RuleTester(new DocumentLanguageRule());
  private final RuleTester partLang = new RuleTester(new PartLanguageRule());
  private final RuleTester title = new RuleTester(new DocumentTitleRule());
  private final RuleTester viewport = new RuleTester(new ViewportZoomRule());
  private final RuleTester refresh = new RuleTester(new MetaRefreshRule());

  @Test
  void reportsPageWithoutLanguage() {
    assertFinding(
        single(lang.page("<html><head><title>x</title></head><body></body></html>")),
        "document-lang",
        "WCAG 2.1 3.1.1",
        Severity.ERROR,
        "html");
  }

  @Test
  void reportsCnAsAnInvalidLanguageTag() {
    String message = single(lang.page("<html lang=cn><body></body></html>")).message();
    assertTrue(message.contains("cn"), message);
  }

  @Test
  void reportsUnderscoreInLanguageTag() {
    assertFinding(
        single(lang.page("<html lang=zh_CN><body></body></html>")),
        "document-lang",
        "WCAG 2.1 3.1.1",
        Severity.ERROR,
        "html");
  }

  @Test
  void acceptsSimplifiedAndTraditionalChineseTags() {
    assertTrue(lang.page("<html lang=zh-Hans><body></body></html>").isEmpty());
    assertTrue(lang.page("<html lang=zh-Hant><body></body></html>").isEmpty());
    assertTrue(lang.page("<html lang=zh-CN><body></body></html>").isEmpty());
  }

  @Test
  void reportsInvalidLanguageOnAPassage() {
    assertFinding(
        single(partLang.page("<html lang=zh-Hans><body><p lang=english>Hello</p></body></html>")),
        "element-lang",
        "WCAG 2.1 3.1.2",
        Severity.ERROR,
        "html > body > p");
  }

  @Test
  void acceptsEnglishAndTibetanPassages() {
    assertTrue(
        partLang
            .page("<html lang=zh-Hans><body><p lang=en>Hello</p><p lang=bo>བོད</p></body></html>")
            .isEmpty());
  }

  @Test
  void reportsMissingTitle() {
    assertFinding(
        single(title.page("<html lang=zh-Hans><head></head><body></body></html>")),
        "document-title",
        "WCAG 2.1 2.4.2",
        Severity.ERROR,
        "html > head");
  }

  @Test
  void reportsBlankTitle() {
    assertFinding(
        single(title.page("<html><head><title>  </title></head><body></body></html>")),
        "document-title",
        "WCAG 2.1 2.4.2",
        Severity.ERROR,
        "html > head > title");
  }

  @Test
  void acceptsTitledPage() {
    assertTrue(title.page("<html><head><title>政府信息公开指南</title></head></html>").isEmpty());
  }

  @Test
  void reportsViewportThatForbidsZoom() {
    String html =
        "<html><head><meta name=viewport content='width=device-width, user-scalable=no'></head></html>";
    assertFinding(
        single(viewport.page(html)),
        "viewport-zoom",
        "WCAG 2.1 1.4.4",
        Severity.ERROR,
        "html > head > meta");
  }

  @Test
  void reportsMaximumScaleBelowTwo() {
    String html =
        "<html><head><meta name=viewport content='width=device-width, maximum-scale=1.0'></head></html>";
    assertTrue(single(viewport.page(html)).message().contains("maximum-scale"));
  }

  @Test
  void acceptsViewportThatAllowsZoom() {
    String html =
        "<html><head><meta name=viewport content='width=device-width, initial-scale=1, maximum-scale=5'></head></html>";
    assertTrue(viewport.page(html).isEmpty());
  }

  @Test
  void reportsTimedRedirect() {
    String html = "<html><head><meta http-equiv=Refresh content='5; url=/new.html'></head></html>";
    assertFinding(
        single(refresh.page(html)),
        "meta-refresh",
        "WCAG 2.1 2.2.1",
        Severity.ERROR,
        "html > head > meta");
  }

  @Test
  void acceptsImmediateRedirect() {
    assertTrue(
        refresh
            .page("<html><head><meta http-equiv=refresh content='0; url=/new.html'></head></html>")
            .isEmpty());
  }
}
