package cn.gongkai.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckDirectoryTest {

  @TempDir Path site;

  private final AccessibilityChecker checker = AccessibilityChecker.withDefaultRules();

  private void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void checksEveryHtmlFileAndReportsPathsRelativeToTheRoot() throws IOException {
    write("css/site.css", Fixtures.SITE_CSS);
    write("index.html", Fixtures.page("<p>首页</p>"));
    write("gk/2024/1.html", Fixtures.page("<img src=a.png>"));
    write("gk/notes.txt", "<img src=x.png>");
    Report report = checker.checkDirectory(site);
    assertEquals(2, report.pagesChecked());
    assertEquals(
        List.of("gk/2024/1.html"),
        report.findings().stream().map(Finding::page).distinct().toList());
    assertTrue(report.hasErrors());
  }

  @Test
  void followsSymbolicLinksAsAPublishedReleaseUsesThem() throws IOException {
    write("store/segment/page.html", Fixtures.page("<img src=a.png>"));
    Files.createSymbolicLink(site.resolve("current"), site.resolve("store/segment"));
    Report report = checker.checkDirectory(site.resolve("current"));
    assertEquals(1, report.pagesChecked());
    assertTrue(report.hasErrors());
  }

  @Test
  void readsStylesheetsLinkedByTheSitesOwnAddressFromTheDirectory() throws IOException {
    write("css/site.css", Fixtures.SITE_CSS);
    write(
        "404.html",
        Fixtures.page("<p>页面不存在</p>")
            .replace("/css/site.css", "https://xxgk.example.gov.cn/css/site.css"));
    Report withoutUrl = checker.checkDirectory(site);
    Report withUrl = checker.checkDirectory(site, "https://xxgk.example.gov.cn");
    assertTrue(
        withoutUrl.findings().stream().anyMatch(f -> f.rule().equals("stylesheet-unavailable")));
    assertTrue(
        withUrl.findings().stream().noneMatch(f -> f.rule().equals("stylesheet-unavailable")));
  }

  @Test
  void resolvesRelativeStylesheetsFromEachPagesFolder() throws IOException {
    write("gk/css/list.css", ".meta { color: #777 }");
    write(
        "gk/list.html",
        Fixtures.page("<p class=meta>2024-03-01</p>").replace("/css/site.css", "css/list.css"));
    Report report = checker.checkDirectory(site);
    assertEquals(
        List.of("color-contrast"),
        report.findings().stream().map(Finding::rule).filter(r -> r.startsWith("color")).toList());
  }

  @Test
  void followsImportsRelativeToTheImportingSheet() throws IOException {
    write("css/tokens.css", ":root { --gk-color-text: #aaaaaa }");
    write(
        "css/site.css",
        "@import url(tokens.css);\n" + Fixtures.SITE_CSS.replace("--gk-color-text: #1a1a1a;", ""));
    write("index.html", Fixtures.page("<p>正文</p>"));
    Report report = checker.checkDirectory(site);
    assertTrue(
        report.findings().stream().anyMatch(f -> f.rule().equals("color-contrast")),
        report::toString);
  }

  @Test
  void treatsPagesUnderElderAsElderlyPages() throws IOException {
    write("css/site.css", Fixtures.SITE_CSS);
    write("elder/index.html", Fixtures.page("<p>正文</p>"));
    Report report = checker.checkDirectory(site);
    assertTrue(
        report.findings().stream().anyMatch(f -> f.rule().equals("elder-text-size") && f.isError()),
        report::toString);
  }

  @Test
  void warnsOfAStylesheetMissingFromTheSite() throws IOException {
    write("index.html", Fixtures.page("<p>正文</p>"));
    Report report = checker.checkDirectory(site);
    assertEquals(
        List.of("stylesheet-unavailable"), report.findings().stream().map(Finding::rule).toList());
    assertFalse(report.hasErrors());
  }

  @Test
  void neverReadsStylesheetsOutsideTheSite() throws IOException {
    Path outside = site.resolveSibling(site.getFileName() + "-secret.css");
    Files.writeString(outside, "p { color: #fff }");
    try {
      write(
          "index.html",
          Fixtures.page("<p>正文</p>").replace("/css/site.css", "../" + outside.getFileName()));
      Report report = checker.checkDirectory(site);
      assertEquals(
          List.of("stylesheet-unavailable"),
          report.findings().stream().map(Finding::rule).toList());
    } finally {
      Files.deleteIfExists(outside);
    }
  }
}
