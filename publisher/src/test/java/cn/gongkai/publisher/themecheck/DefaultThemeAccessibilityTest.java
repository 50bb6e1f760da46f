package cn.gongkai.publisher.themecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.PageContext;
import cn.gongkai.accessibility.StyleSheets;
import cn.gongkai.themes.Asset;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.examples.ExamplePages.ExamplePage;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The publishing gate over the default theme: every example page, in all four variants and with
 * OpenCC's traditional text, written with the theme's assets as a site and checked as the publisher
 * checks a release. A page with an error here would block every publication.
 */
class DefaultThemeAccessibilityTest {

  private static final List<ExamplePage> PAGES = ExamplePages.all(ZhConverterUtil::toTraditional);

  private static final String SITE_DOMAIN =
      ExamplePages.models(Variant.SIMPLIFIED, UnaryOperator.identity())
          .get(0)
          .page()
          .frame()
          .site()
          .siteDomain();

  private static final AccessibilityChecker CHECKER = AccessibilityChecker.withDefaultRules();

  @TempDir static Path site;

  private static final Map<Path, Optional<String>> SHEETS = new ConcurrentHashMap<>();

  @BeforeAll
  static void writeSite() throws IOException {
    for (Asset asset : Theme.defaultTheme().assets()) {
      write(asset.path(), asset.bytes());
    }
    for (ExamplePage page : PAGES) {
      write(sitePath(page), page.html().getBytes(StandardCharsets.UTF_8));
    }
  }

  static List<ExamplePage> examplePages() {
    return PAGES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examplePages")
  void examplePageHasNoAccessibilityErrors(ExamplePage page) {
    List<Finding> findings = check(page);

    assertTrue(
        findings.stream().noneMatch(Finding::isError),
        () -> "Accessibility errors on " + page + ":\n" + describe(findings));
  }

  @Test
  void everyExamplePageHasItsStylesheetsRead() {
    // Zero errors only means something if the colour, size and target rules saw the CSS.
    List<Finding> unread =
        PAGES.stream()
            .flatMap(page -> check(page).stream())
            .filter(finding -> finding.rule().equals("stylesheet-unavailable"))
            .toList();

    assertEquals(List.of(), unread, () -> describe(unread));
  }

  @Test
  void examplesCoverEveryVariant() {
    Map<Variant, Long> pagesPerVariant =
        PAGES.stream().collect(Collectors.groupingBy(ExamplePage::variant, Collectors.counting()));

    assertEquals(Variant.values().length, pagesPerVariant.size(), pagesPerVariant::toString);
  }

  private static List<Finding> check(ExamplePage page) {
    String path = sitePath(page);
    PageContext context =
        new PageContext(path, page.variant().elderly(), styleSheets(site.resolve(path)));
    return CHECKER.checkPage(page.html(), context);
  }

  /**
   * The page's sheets from the site on disk. The 404 page links its assets by absolute URL (a
   * server answers any missing path with it, so relative links would break); those URLs are the
   * site's own, so they resolve to the same local files as root-relative ones.
   */
  private static StyleSheets styleSheets(Path file) {
    StyleSheets onDisk = StyleSheets.forPageOnDisk(site, file, SHEETS);
    String origin = SITE_DOMAIN + "/";
    return href ->
        onDisk.css(href.startsWith(origin) ? "/" + href.substring(origin.length()) : href);
  }

  private static String sitePath(ExamplePage page) {
    return page.variant().prefix() + page.path();
  }

  private static void write(String path, byte[] bytes) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static String describe(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                "  "
                    + f.severity()
                    + " "
                    + f.rule()
                    + " ("
                    + f.criterion()
                    + ") "
                    + f.page()
                    + " "
                    + f.selector()
                    + ": "
                    + f.message()
                    + " — "
                    + f.fix())
        .collect(Collectors.joining("\n"));
  }
}
