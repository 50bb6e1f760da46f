package cn.gongkai.themes.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, headless, with a fresh profile. One per test
 * class: starting a browser costs about a second, a page load a few milliseconds. The binaries are
 * required, not optional: CI installs {@code chromium} and {@code chromium-driver}, and a missing
 * browser fails the tests rather than skipping them.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Selenium warns on every start that it has no DevTools bindings for this Chromium: unused. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A browser with JavaScript on, as most readers have it. */
  static HeadlessChromium start() throws IOException {
    return start(true);
  }

  /** A browser with JavaScript off: the pages must still work (progressive enhancement). */
  static HeadlessChromium withoutJavaScript() throws IOException {
    return start(false);
  }

  private static HeadlessChromium start(boolean javaScript) throws IOException {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "The toolbar tests need headless Chromium: apt-get install -y chromium chromium-driver");
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("gongkai-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /** Opens a URL and waits for the page and its deferred script. */
  void open(String url) {
    driver.get(url);
  }

  /** Forgets what the site stored (the toolbar settings), from a page of the site. */
  void forgetSettings() {
    script("window.localStorage.clear()");
  }

  /**
   * Does what leads to another page (a click, Enter on a link) and waits until that page has loaded
   * with its stylesheets and scripts: a click returns before the navigation ends.
   */
  void navigate(Runnable action) {
    script("window.gkLeaving = true;");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    script("return !window.gkLeaving && document.readyState === 'complete';")));
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  /** The link whose text is exactly {@code text}. */
  WebElement link(String text) {
    return driver.findElement(By.linkText(text));
  }

  boolean exists(String cssSelector) {
    return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
  }

  /** Runs a script in the page; {@code arguments[0]} … are the given arguments. */
  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The computed value of a CSS property of the first element matching a selector. */
  String computed(String cssSelector, String property) {
    return (String)
        script(
            "return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);",
            cssSelector,
            property);
  }

  /** The element that has the focus, or null when it is the body (focus left the page). */
  WebElement focused() {
    return (WebElement)
        script(
            "var e = document.activeElement;"
                + " return e && e !== document.body && e !== document.documentElement ? e : null;");
  }

  /** Presses keys as a keyboard user would: they go to the focused element. */
  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  void tab() {
    press(Keys.TAB);
  }

  /** Moves the pointer to a point of the viewport. */
  void pointTo(int x, int y) {
    new Actions(driver).moveToLocation(x, y).perform();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(HeadlessChromium::deleteQuietly);
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Chromium may still be writing its profile as it exits; a temp folder left over is harmless.
    }
  }
}
