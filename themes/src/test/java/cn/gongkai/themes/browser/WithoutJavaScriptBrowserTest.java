package cn.gongkai.themes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.Variant;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** With JavaScript off the pages still work: the toolbar is an enhancement, not a requirement. */
class WithoutJavaScriptBrowserTest {

  private static ExampleSite site;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws IOException {
    site = ExampleSite.start();
    browser = HeadlessChromium.withoutJavaScript();
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
    browser.open(site.url("item-with-attachments", Variant.SIMPLIFIED));
  }

  @Test
  void theContentIsVisible() {
    assertTrue(browser.find("h1").isDisplayed());
    assertTrue(browser.find(".gk-article__body p").isDisplayed());
    assertTrue(browser.find(".gk-attachments__link").isDisplayed());
    assertFalse(browser.find("#gk-toolbar").isDisplayed());
  }

  @Test
  void accessibleReadingLeadsToTheAccessibilityStatement() {
    WebElement link = browser.find("#gk-toolbar-open");
    assertEquals("a", link.getTagName());

    link.click();

    assertTrue(browser.currentUrl().endsWith("#gk-accessibility"), browser.currentUrl());
    WebElement statement = browser.find("#gk-accessibility");
    assertTrue(statement.isDisplayed());
    assertTrue(statement.getText().contains("无障碍阅读"));
  }

  @Test
  void elderModeLinkLeadsToTheElderlyVersionOfThePage() {
    browser.navigate(() -> browser.link("进入适老模式").click());

    assertEquals(site.url("item-with-attachments", Variant.ELDER_SIMPLIFIED), browser.currentUrl());
    assertTrue(browser.find("html").getDomAttribute("class").contains("gk-elder"));
  }
}
