package cn.gongkai.themes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.Asset;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The 无障碍阅读 toolbar in a real browser: each setting changes what the reader sees (computed styles,
 * not just classes), settings survive a page change, and everything works by keyboard.
 */
class ReadingToolbarBrowserTest {

  private static final String ITEM = "item-with-attachments";
  private static final String MAIN_TEXT = ".gk-article__body p";

  private static ExampleSite site;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws IOException {
    site = ExampleSite.start();
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() throws IOException {
    try (ExampleSite s = site;
        HeadlessChromium b = browser) {
      // closes both, the browser first
    }
  }

  @BeforeEach
  void openAnItemPage() {
    browser.open(site.url(ITEM, Variant.SIMPLIFIED));
  }

  @AfterEach
  void forgetTheSettings() {
    browser.forgetSettings(); // the next test starts as a first-time reader
  }

  @Test
  void openingAccessibleReadingShowsTheToolbar() {
    assertFalse(browser.find("#gk-toolbar").isDisplayed());

    browser.find("#gk-toolbar-open").click();

    assertTrue(browser.find("#gk-toolbar").isDisplayed());
    assertEquals("true", browser.find("#gk-toolbar-open").getDomAttribute("aria-expanded"));
    assertEquals("text-larger", browser.focused().getDomAttribute("data-gk-action"));
  }

  @Test
  void textLargerIncreasesTheFontSizeOfTheMainText() {
    double before = px(browser.computed(MAIN_TEXT, "font-size"));

    openToolbar();
    action("text-larger").click();

    assertTrue(px(browser.computed(MAIN_TEXT, "font-size")) > before);
  }

  @Test
  void textSmallerAndResetReturnToTheDefaultSize() {
    double before = px(browser.computed(MAIN_TEXT, "font-size"));
    openToolbar();
    action("text-larger").click();
    action("text-larger").click();

    action("text-smaller").click();
    double oneStep = px(browser.computed(MAIN_TEXT, "font-size"));
    action("text-reset").click();

    assertTrue(oneStep > before);
    assertEquals(before, px(browser.computed(MAIN_TEXT, "font-size")));
  }

  @Test
  void highContrastShowsTheHighContrastColours() {
    String standardBackground = browser.computed("body", "background-color");

    openToolbar();
    toggle("contrast").click();

    assertNotEquals(standardBackground, browser.computed("body", "background-color"));
    assertEquals(
        highContrast("--gk-color-background"), browser.computed("body", "background-color"));
    assertEquals(highContrast("--gk-color-text"), browser.computed(MAIN_TEXT, "color"));
    assertEquals(
        highContrast("--gk-color-link"), browser.computed(".gk-breadcrumbs__link", "color"));
    assertEquals("true", toggle("contrast").getDomAttribute("aria-pressed"));
  }

  @Test
  void lineSpacingIncreasesTheLineHeight() {
    double before = px(browser.computed(MAIN_TEXT, "line-height"));

    openToolbar();
    toggle("spacing").click();

    assertTrue(px(browser.computed(MAIN_TEXT, "line-height")) > before);
  }

  @Test
  void largeCursorShowsTheThemesCursorImage() {
    assertFalse(browser.computed("body", "cursor").contains("cursor.svg"));

    openToolbar();
    toggle("cursor").click();

    assertTrue(browser.computed("body", "cursor").contains("cursor.svg"));
    assertTrue(browser.computed(".gk-breadcrumbs__link", "cursor").contains("cursor-pointer.svg"));
  }

  @Test
  void readingGuideAppearsAndFollowsThePointer() {
    openToolbar();
    toggle("guide").click();
    WebElement guide = browser.find(".gk-reading-guide");
    assertTrue(guide.isDisplayed());

    browser.pointTo(300, 400);
    double top =
        ((Number) browser.script("return arguments[0].getBoundingClientRect().top", guide))
            .doubleValue();

    assertEquals(402, top, 1);
  }

  @Test
  void settingsPersistOnAnotherPage() {
    openToolbar();
    toggle("contrast").click();
    action("text-larger").click();
    double largerOnItem = px(browser.computed(MAIN_TEXT, "font-size"));

    browser.navigate(() -> browser.find(".gk-header__nav-link[href$='gkzn/index.html']").click());

    assertEquals(site.url("guide", Variant.SIMPLIFIED), browser.currentUrl());
    assertEquals(
        highContrast("--gk-color-background"), browser.computed("body", "background-color"));
    assertEquals(largerOnItem, px(browser.computed("body", "font-size")));
    assertEquals("true", toggle("contrast").getDomAttribute("aria-pressed"));
  }

  @Test
  void everyToolbarControlIsReachedByTabInOrder() {
    tabTo("#gk-toolbar-open");
    browser.press(Keys.ENTER);

    List<String> reached = new ArrayList<>();
    for (WebElement focused = browser.focused();
        focused != null && isToolbarButton(focused);
        focused = browser.focused()) {
      reached.add(focused.getText());
      browser.tab();
    }

    List<String> controls =
        browser.find("#gk-toolbar").findElements(By.tagName("button")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(9, controls.size());
    assertEquals(controls, reached);
  }

  @Test
  void everyToolbarControlIsOperatedByEnterOrSpace() {
    stubSpeech();
    tabTo("#gk-toolbar-open");
    browser.press(Keys.ENTER);

    Map<String, Runnable> checks =
        Map.of(
            "text-larger", () -> assertHtmlClass("gk-a11y-text-1", true),
            "text-smaller", () -> assertHtmlClass("gk-a11y-text-1", false),
            "text-reset", () -> assertEquals("0", storedText()),
            "contrast", () -> assertHtmlClass("gk-a11y-contrast", true),
            "spacing", () -> assertHtmlClass("gk-a11y-spacing", true),
            "cursor", () -> assertHtmlClass("gk-a11y-cursor", true),
            "guide", () -> assertTrue(browser.exists(".gk-reading-guide")),
            "read-aloud", () -> assertFalse(spoken().isEmpty()),
            "close", () -> assertFalse(browser.find("#gk-toolbar").isDisplayed()));
    boolean space = false;
    for (int i = 0; i < checks.size(); i++) {
      WebElement control = browser.focused();
      String name =
          control.getDomAttribute("data-gk-action") != null
              ? control.getDomAttribute("data-gk-action")
              : control.getDomAttribute("data-gk-toggle");
      browser.press(space ? Keys.SPACE : Keys.ENTER);
      checks.get(name).run();
      space = !space;
      if (!name.equals("close")) {
        browser.tab();
      }
    }
  }

  @Test
  void escapeClosesTheToolbarAndReturnsFocusToItsButton() {
    tabTo("#gk-toolbar-open");
    browser.press(Keys.ENTER);
    browser.tab();

    browser.press(Keys.ESCAPE);

    assertFalse(browser.find("#gk-toolbar").isDisplayed());
    assertEquals("gk-toolbar-open", browser.focused().getDomAttribute("id"));
    assertEquals("false", browser.find("#gk-toolbar-open").getDomAttribute("aria-expanded"));
  }

  @Test
  void readAloudSpeaksTheMainTextInMandarinOnSimplifiedPages() {
    stubSpeech();

    openToolbar();
    action("read-aloud").click();

    List<Map<String, String>> utterances = spoken();
    assertFalse(utterances.isEmpty());
    assertTrue(utterances.get(0).get("text").startsWith(browser.find("h1").getText()));
    assertTrue(
        utterances.stream().allMatch(u -> u.get("lang").equals("zh-CN")), utterances::toString);
    assertEquals("true", action("read-aloud").getDomAttribute("aria-pressed"));
  }

  @Test
  void readAloudSpeaksCantoneseOnTraditionalPages() {
    browser.open(site.url(ITEM, Variant.TRADITIONAL));
    stubSpeech();

    openToolbar();
    action("read-aloud").click();

    List<Map<String, String>> utterances = spoken();
    assertFalse(utterances.isEmpty());
    assertTrue(
        utterances.stream().allMatch(u -> u.get("lang").equals("zh-HK")), utterances::toString);
  }

  @Test
  void elderModeLinkLeadsToTheElderlyVersionOfThePageAndBack() {
    String standard = browser.currentUrl();
    String title = browser.find("h1").getText();

    browser.navigate(() -> browser.link("进入适老模式").click());

    assertEquals(site.url(ITEM, Variant.ELDER_SIMPLIFIED), browser.currentUrl());
    assertTrue(browser.find("html").getDomAttribute("class").contains("gk-elder"));
    assertEquals(title, browser.find("h1").getText());

    tabTo(browser.link("退出适老模式"));
    browser.navigate(() -> browser.press(Keys.ENTER));

    assertEquals(standard, browser.currentUrl());
  }

  private void openToolbar() {
    browser.find("#gk-toolbar-open").click();
  }

  private static WebElement action(String name) {
    return browser.find("#gk-toolbar [data-gk-action='" + name + "']");
  }

  private static WebElement toggle(String name) {
    return browser.find("#gk-toolbar [data-gk-toggle='" + name + "']");
  }

  private static boolean isToolbarButton(WebElement element) {
    return (Boolean) browser.script("return arguments[0].closest('#gk-toolbar') !== null", element);
  }

  private static void tabTo(String cssSelector) {
    tabTo(browser.find(cssSelector));
  }

  /** Presses Tab until the element has the focus. */
  private static void tabTo(WebElement target) {
    for (int i = 0; i < 100; i++) {
      browser.tab();
      if (target.equals(browser.focused())) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + target.getText());
  }

  private static void assertHtmlClass(String name, boolean present) {
    assertEquals(present, browser.find("html").getDomAttribute("class").contains(name), name);
  }

  private static String storedText() {
    return String.valueOf(
        browser.script("return JSON.parse(localStorage.getItem('gk-a11y')).text"));
  }

  /** Replaces the speech engine's speak() with a recorder of each utterance's text and language. */
  private static void stubSpeech() {
    browser.script(
        "window.gkSpoken = [];"
            + " window.speechSynthesis.speak = function (u) {"
            + "   window.gkSpoken.push({text: u.text, lang: u.lang}); };");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> spoken() {
    return (List<Map<String, String>>) browser.script("return window.gkSpoken;");
  }

  /** A colour token of the high-contrast setting as the browser computes it: rgb(r, g, b). */
  private static String highContrast(String token) {
    Asset sheet =
        Theme.defaultTheme().assets().stream()
            .filter(asset -> asset.path().equals("assets/tokens-toolbar.css"))
            .findFirst()
            .orElseThrow();
    String css = new String(sheet.bytes(), StandardCharsets.UTF_8);
    String block = css.substring(css.indexOf("html.gk-a11y-contrast"));
    Matcher hex = Pattern.compile(Pattern.quote(token) + ":\\s*#([0-9a-fA-F]{6});").matcher(block);
    assertTrue(hex.find(), token);
    int rgb = Integer.parseInt(hex.group(1), 16);
    return "rgb(" + (rgb >> 16) + ", " + (rgb >> 8 & 0xFF) + ", " + (rgb & 0xFF) + ")";
  }

  private static double px(String value) {
    assertTrue(value.endsWith("px"), value);
    return Double.parseDouble(value.substring(0, value.length() - 2));
  }
}
