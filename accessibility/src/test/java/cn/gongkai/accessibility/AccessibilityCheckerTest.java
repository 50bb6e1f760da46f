package cn.gongkai.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AccessibilityCheckerTest {

  private final AccessibilityChecker checker = AccessibilityChecker.withDefaultRules();

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @Test
  void passesAWellFormedGovernmentPage() {
    List<Finding> findings =
        checker.checkPage(Fixtures.page("<p>各乡镇人民政府：</p>"), Fixtures.standard());
    assertTrue(findings.isEmpty(), findings::toString);
  }

  @Test
  void passesTheSamePageInElderMode() {
    List<Finding> findings =
        checker.checkPage(Fixtures.page("gk-elder", "<p>各乡镇人民政府：</p>"), Fixtures.elderly());
    assertTrue(findings.isEmpty(), findings::toString);
  }

  @Test
  void treatsPageMarkedGkElderAsElderlyWhateverTheContextSays() {
    String css = Fixtures.SITE_CSS.replace("--gk-target: 60px", "--gk-target: 44px");
    List<Finding> findings =
        checker.checkPage(
            Fixtures.page("gk-elder", "<p>正文</p>"),
            PageContext.standard("elder/a.html", StyleSheets.of(Map.of("/css/site.css", css))));
    assertTrue(rules(findings).contains("target-size"), findings::toString);
    assertTrue(findings.stream().allMatch(Finding::isError), findings::toString);
  }

  @Test
  void labelsFindingsWithThePagePath() {
    List<Finding> findings =
        checker.checkPage(
            "<html><body><img src=a.png></body></html>",
            PageContext.standard("gk/2024/1.html", StyleSheets.none()));
    assertTrue(findings.stream().allMatch(f -> f.page().equals("gk/2024/1.html")));
  }

  @Test
  void selectorsLocateTheElementTheyName() {
    String html = Fixtures.page("<ul><li>a</li><li><img src=b.png></li></ul>");
    Finding finding =
        checker.checkPage(html, Fixtures.standard()).stream()
            .filter(f -> f.rule().equals("image-alt"))
            .findFirst()
            .orElseThrow();
    assertEquals("#main-content > ul > li:nth-child(2) > img", finding.selector());
    assertEquals(1, Jsoup.parse(html).select(finding.selector()).size());
  }

  @Test
  void fragmentImageWithoutAltIsReportedByName() {
    Finding finding = single(checker.checkFragment("<p>附图：</p><img src=\"a.png\">"));
    assertEquals("image-alt", finding.rule());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("img", finding.selector());
    assertTrue(finding.message().contains("a.png"), finding.message());
  }

  @Test
  void fragmentTableWithoutHeadersIsReported() {
    List<Finding> findings =
        checker.checkFragment("<table><caption>收费</caption><tr><td>1</td><td>2</td></tr></table>");
    assertEquals(List.of("table-headers"), rules(findings));
    assertEquals("table", findings.get(0).selector());
  }

  @Test
  void fragmentHeadingJumpIsReported() {
    Finding finding = single(checker.checkFragment("<h2>一、总体情况</h2><p>…</p><h4>（一）</h4>"));
    assertEquals("heading-order", finding.rule());
    assertEquals("h4", finding.selector());
  }

  @Test
  void fragmentIsNotHeldToPageLevelRules() {
    assertTrue(checker.checkFragment("<p>各乡镇人民政府：</p><p><a href=/gk/>政府信息公开</a></p>").isEmpty());
  }

  @Test
  void fragmentFindingsAreLabelledWithTheGivenLabel() {
    assertEquals("item 42", single(checker.checkFragment("<img src=a.png>", "item 42")).page());
  }

  @Test
  void aRuleThatFailsBlocksThePageInsteadOfPassingIt() {
    Rule broken =
        (page, findings) -> {
          throw new IllegalStateException("boom");
        };
    Finding finding =
        single(
            new AccessibilityChecker(List.of(broken), List.of())
                .checkPage("<p>x</p>", Fixtures.standard()));
    assertEquals("checker-error", finding.rule());
    assertTrue(finding.isError());
  }

  @Test
  void givesTheSameFindingsWhenSharedAcrossThreads() throws Exception {
    String html = Fixtures.page("<img src=a.png><p style='color:#999'>x</p><h3>跳级</h3>");
    List<Finding> expected = checker.checkPage(html, Fixtures.standard());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> results =
          pool.invokeAll(
              Collections.nCopies(40, () -> checker.checkPage(html, Fixtures.standard())));
      for (Future<List<Finding>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
    assertFalse(expected.isEmpty());
  }

  private static Finding single(List<Finding> findings) {
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }
}
