package cn.gongkai.api.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless with a fresh profile, driven by Debian's ChromeDriver, with the waits
 * a single-page console needs: every screen renders after its API calls answer.
 */
final class ConsoleBrowser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final Path profile;

  private ConsoleBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static ConsoleBrowser start() throws IOException {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "ConsoleIT needs headless Chromium: apt-get install -y chromium chromium-driver");
    // Selenium warns on every start that it has no DevTools bindings for this Chromium: unused.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("gongkai-console-");
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
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
    return new ConsoleBrowser(new ChromeDriver(service, options), profile);
  }

  /** Loads a page afresh (a new document, not a jump inside the current one). */
  void open(String url) {
    driver.get("about:blank");
    driver.get(url);
  }

  /** The first element matching, once it is displayed. */
  WebElement find(String css) {
    return wait(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** The first visible element of those matching a selector whose text contains {@code text}. */
  WebElement findWithText(String css, String text) {
    return wait(PATIENCE)
        .until(
            d ->
                d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && e.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  boolean exists(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  void click(String css) {
    wait(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  /** Chooses the option whose text (without the tree's indentation) is {@code text}. */
  void choose(String css, String text) {
    Select select = new Select(find(css));
    WebElement option =
        wait(PATIENCE)
            .until(
                d ->
                    select.getOptions().stream()
                        .filter(o -> o.getText().strip().equals(text))
                        .findFirst()
                        .orElse(null));
    select.selectByValue(option.getAttribute("value"));
  }

  /** Waits until the console's address (its #/… part) contains {@code part}. */
  void awaitAddress(String part) {
    wait(PATIENCE).until(d -> d.getCurrentUrl().contains(part));
  }

  String address() {
    return driver.getCurrentUrl();
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** What the page reported in its console since the last call (CSP violations among them). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  private WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(ConsoleBrowser::deleteQuietly);
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
