package cn.gongkai.themes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole page by keyboard: the skip link first, every control reached once in reading order,
 * focus never trapped, and a visible focus style on every control in every mode.
 */
class KeyboardBrowserTest {

  /** Where each Tab lands: a control's position in the document, and its focus style. */
  private static final String FOCUS_STOP =
      """
      var e = document.activeElement;
      if (!e || e === document.body || e === document.documentElement) { return null; }
      var style = getComputedStyle(e);
      var probe = document.createElement('div');
      probe.style.backgroundColor = 'var(--gk-color-focus)';
      document.body.appendChild(probe);
      var focusColour = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return {
        index: Array.prototype.indexOf.call(document.getElementsByTagName('*'), e),
        name: e.tagName + ' ' + (e.textContent || '').trim().slice(0, 20),
        outlineStyle: style.outlineStyle,
        outlineWidth: style.outlineWidth,
        background: style.backgroundColor,
        focusColour: focusColour
      };
      """;

  /** The controls a keyboard user should reach, rendered and enabled, in document order. */
  private static final String TAB_STOPS =
      """
      var all = document.getElementsByTagName('*');
      var stops = [];
      document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
        .forEach(function (e) {
          if (!e.disabled && e.getClientRects().length > 0
              && getComputedStyle(e).visibility !== 'hidden') {
            stops.push(Array.prototype.indexOf.call(all, e));
          }
        });
      return stops;
      """;

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

  @AfterEach
  void forgetTheSettings() {
    browser.forgetSettings();
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
    browser.open(site.url("item-with-attachments", Variant.SIMPLIFIED));

    browser.tab();
    WebElement skipLink = browser.focused();
    assertEquals("gk-skip-link", skipLink.getDomAttribute("class"));
    assertTrue(skipLink.getRect().getY() >= 0, "the focused skip link is on screen");
    browser.press(Keys.ENTER);

    assertEquals("main-content", browser.focused().getDomAttribute("id"));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "home, SIMPLIFIED",
    "item-with-attachments, ELDER_SIMPLIFIED",
    "guide, TRADITIONAL",
    "catalogue, ELDER_TRADITIONAL"
  })
  void tabReachesEveryControlOnceInReadingOrderAndThenLeavesThePage(String page, Variant variant) {
    browser.open(site.url(page, variant));
    @SuppressWarnings("unchecked")
    List<Long> expected = (List<Long>) browser.script(TAB_STOPS);

    List<Long> reached = new ArrayList<>();
    boolean leftThePage = false;
    for (int i = 0; i <= expected.size() + 2 && !leftThePage; i++) {
      browser.tab();
      Map<String, Object> stop = focusStop();
      leftThePage =
          stop == null || (!reached.isEmpty() && reached.get(0).equals(stop.get("index")));
      if (!leftThePage) {
        reached.add((Long) stop.get("index"));
      }
    }

    assertTrue(leftThePage, "focus stays inside the page after " + reached.size() + " Tabs");
    assertEquals(expected, reached);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"standard", "elderly", "high contrast"})
  void everyControlShowsAVisibleFocus(String mode) {
    Variant variant = mode.equals("elderly") ? Variant.ELDER_SIMPLIFIED : Variant.SIMPLIFIED;
    browser.open(site.url("item-with-attachments", variant));
    browser.find("#gk-toolbar-open").click(); // its buttons are controls too
    if (mode.equals("high contrast")) {
      browser.find("[data-gk-toggle='contrast']").click();
    }
    browser.open(site.url("item-with-attachments", variant)); // the toolbar stays open

    int stops = 0;
    for (Map<String, Object> stop = firstStop(); stop != null; stop = nextStop(stop)) {
      stops++;
      String where = mode + ": " + stop.get("name");
      assertEquals("solid", stop.get("outlineStyle"), where);
      assertTrue(px((String) stop.get("outlineWidth")) >= 3, where);
      assertEquals(stop.get("focusColour"), stop.get("background"), where);
    }
    assertTrue(stops > 20, "only " + stops + " controls were focused");
  }

  private static Map<String, Object> firstStop() {
    browser.tab();
    return focusStop();
  }

  /** The next stop, or null once focus leaves the page or wraps to the first control. */
  private static Map<String, Object> nextStop(Map<String, Object> current) {
    browser.tab();
    Map<String, Object> next = focusStop();
    return next == null || (Long) next.get("index") <= (Long) current.get("index") ? null : next;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> focusStop() {
    return (Map<String, Object>) browser.script(FOCUS_STOP);
  }

  private static double px(String value) {
    assertNotNull(value);
    return Double.parseDouble(value.replace("px", ""));
  }
}
