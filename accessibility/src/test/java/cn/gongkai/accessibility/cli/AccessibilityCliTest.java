package cn.gongkai.accessibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.accessibility.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityCliTest {

  @TempDir Path site;
  @TempDir Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void writeSite() throws IOException {
    Files.createDirectories(site.resolve("css"));
    Files.writeString(site.resolve("css/site.css"), Fixtures.SITE_CSS);
    Files.writeString(site.resolve("index.html"), Fixtures.page("<p>各乡镇人民政府：</p>"));
  }

  private int run(String... args) {
    return AccessibilityCli.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void exitsWithZeroForACleanSite() {
    assertEquals(0, run("check", site.toString()));
    assertTrue(stdout.toString().contains("结果：通过"), stdout::toString);
  }

  @Test
  void exitsWithOneAndWritesTheJsonReportWhenErrorsAreFound() throws IOException {
    Files.writeString(site.resolve("bad.html"), Fixtures.page("<img src=\"chart.png\">"));
    Path json = out.resolve("report.json");

    assertEquals(1, run("check", site.toString(), "--json", json.toString()));

    JsonObject report = parse(Files.readString(json, StandardCharsets.UTF_8));
    assertEquals(2, report.getInt("pagesChecked"));
    assertEquals(1, report.getInt("errors"));
    assertEquals(false, report.getBoolean("passed"));
    JsonObject finding = report.getJsonArray("findings").getJsonObject(0);
    assertEquals("image-alt", finding.getString("rule"));
    assertEquals("WCAG 2.1 1.1.1", finding.getString("criterion"));
    assertEquals("ERROR", finding.getString("severity"));
    assertEquals("bad.html", finding.getString("page"));
    assertEquals("#main-content > img", finding.getString("selector"));
    assertTrue(finding.getString("message").contains("chart.png"));
    assertEquals("image-alt", report.getJsonArray("rules").getJsonObject(0).getString("rule"));
  }

  @Test
  void printsTheTextReportWithPageSelectorCriterionAndFix() throws IOException {
    Files.writeString(site.resolve("bad.html"), Fixtures.page("<img src=\"chart.png\">"));
    run("check", site.toString());
    String text = stdout.toString();
    assertTrue(text.contains("bad.html"), text);
    assertTrue(text.contains("[错误] image-alt · WCAG 2.1 1.1.1"), text);
    assertTrue(text.contains("位置：#main-content > img"), text);
    assertTrue(text.contains("修改："), text);
  }

  @Test
  void printsJsonToStandardOutputWithFormatJson() {
    assertEquals(0, run("check", site.toString(), "--format", "json"));
    JsonObject report = parse(stdout.toString());
    assertEquals(1, report.getInt("pagesChecked"));
    assertEquals(0, report.getJsonArray("findings").size());
  }

  @Test
  void exitsWithTwoForAMissingDirectory() {
    assertEquals(2, run("check", site.resolve("nope").toString()));
    assertTrue(stderr.toString().contains("不是目录"), stderr::toString);
  }

  @Test
  void exitsWithTwoForAnUnknownFormat() {
    assertEquals(2, run("check", site.toString(), "--format", "xml"));
  }

  @Test
  void exitsWithTwoWithoutASubcommand() {
    assertEquals(2, run());
  }

  @Test
  void helpExplainsTheCheckCommandAndExitCodes() {
    assertEquals(0, run("--help"));
    String help = stdout.toString();
    assertTrue(help.contains("check"), help);
    assertTrue(help.contains("退出码"), help);
  }

  @Test
  void jsonStringsEscapeQuotesAndControlCharacters() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001中\"", JsonReport.string("a\"b\\c\n\u0001中"));
  }
}
