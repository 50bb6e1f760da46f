package cn.gongkai.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.fixtures.H2Database;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.publisher.source.json.JsonExport;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line run in-process, as a shell would run it. */
class CliTest {
  @TempDir Path temp;

  private record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n" + out + err;
    }
  }

  @Test
  void buildsTheSiteFromAJsonExportAndMakesItLive() throws IOException {
    Path site = temp.resolve("site");

    Run run =
        run(
            "build",
            "--out",
            site,
            "--json",
            export(TestSite.withNotices(3).build()),
            "--site-config",
            siteConfig());

    assertEquals(0, run.exit, run::toString);
    assertTrue(run.out.contains(" is live: 52 pages"), run.out);
    assertTrue(run.out.contains("Gates: 0 blocking finding(s)"), run.out);
    String home = Files.readString(site.resolve("current/index.html"), StandardCharsets.UTF_8);
    assertTrue(home.contains("勐糯镇政府信息公开"), "the name from the site configuration");
    assertTrue(Files.isRegularFile(site.resolve("current/elder/zh-hant/mengnuo/art/0/3.html")));
  }

  @Test
  void generatesASyntheticSiteThatBuildsInAllFourVariants() throws IOException {
    Path json = temp.resolve("synthetic.json");
    Path files = temp.resolve("files");

    Run generated = run("generate", "--items", "40", "--json", json, "--attachments", files);
    Run built = run("build", "--out", temp.resolve("site"), "--json", json, "--attachments", files);

    assertEquals(0, generated.exit, generated::toString);
    assertTrue(generated.out.contains("40 items"), generated.out);
    MemorySiteContent content;
    try (InputStream in = Files.newInputStream(json)) {
      content = JsonExport.read(in);
    }
    assertEquals(40, content.allRows().size());
    assertEquals(0, built.exit, built::toString);
    Path current = temp.resolve("site/current");
    for (var row : content.allRows()) {
      String path =
          SitePaths.item(
              content.agencies().stream()
                  .filter(a -> a.id() == row.agencyId())
                  .findFirst()
                  .orElseThrow()
                  .slug(),
              row.id());
      for (String variant : List.of("", "zh-hant/", "elder/", "elder/zh-hant/")) {
        assertTrue(Files.isRegularFile(current.resolve(variant + path)), variant + path);
      }
    }
  }

  @Test
  void withoutASiteConfigTheSiteGetsTheDemoIdentity() throws IOException {
    Path site = temp.resolve("site");

    Run run = run("build", "--out", site, "--json", export(TestSite.withNotices(1).build()));

    assertEquals(0, run.exit, run::toString);
    assertTrue(run.err.contains("demo identity"), run.err);
    assertTrue(
        Files.readString(site.resolve("current/index.html"), StandardCharsets.UTF_8)
            .contains("政府信息公开平台（演示）"));
  }

  @Test
  void aBuildTheGatesBlockExitsWithOneAndLeavesTheLiveSite() throws IOException {
    Path site = temp.resolve("site");
    Path config = siteConfig();
    assertEquals(
        0,
        run(
                "build",
                "--out",
                site,
                "--json",
                export(TestSite.withNotices(2).build()),
                "--site-config",
                config)
            .exit);
    String home = Files.readString(site.resolve("current/index.html"), StandardCharsets.UTF_8);
    MemorySiteContent leaking =
        TestSite.withNotices(2)
            .item(TestSite.notice(3).body("<p>身份证号11010519491231002X</p>").build())
            .build();

    Run run =
        run(
            "build",
            "--out",
            site,
            "--json",
            export(leaking),
            "--site-config",
            config,
            "--report",
            temp.resolve("report.json"));

    assertEquals(1, run.exit, run::toString);
    assertTrue(run.out.contains("Not published (blocked by the gates)"), run.out);
    assertTrue(
        run.out.contains("BLOCKS  screening/ID_CARD_NUMBER ×1, e.g. mengnuo/art/0/3.html"),
        run.out);
    assertEquals(
        home, Files.readString(site.resolve("current/index.html"), StandardCharsets.UTF_8));
    assertFalse(Files.exists(site.resolve("current/mengnuo/art/0/3.html")));
    assertTrue(Files.readString(temp.resolve("report.json")).contains("\"blocking\":1"));
  }

  @Test
  void wrongArgumentsAreUsageErrorsThatTouchNothing() throws IOException {
    Path json = export(TestSite.withNotices(1).build());
    Path site = temp.resolve("site");
    List<Object[]> wrong =
        List.of(
            new Object[] {},
            new Object[] {"frobnicate"},
            new Object[] {"build", "--json", json},
            new Object[] {"build", "--out", site},
            new Object[] {"build", "--out", site, "--json", json, "--db", "jdbc:h2:mem:x"},
            new Object[] {"build", "--out", site, "--json", temp.resolve("missing.json")},
            new Object[] {"build", "--out", site, "--json", json, "--threads", "0"},
            new Object[] {"rollback", "--out", temp.resolve("nowhere")},
            new Object[] {"export", "--json", json});

    for (Object[] args : wrong) {
      Run run = run(args);

      assertEquals(2, run.exit, () -> Arrays.toString(args) + ": " + run);
      assertFalse(run.err.isBlank(), Arrays.toString(args));
    }
    assertFalse(Files.exists(site.resolve("current")));
  }

  @Test
  void anIncompleteSiteConfigIsAUsageErrorNamingWhatIsMissing() throws IOException {
    Path config = temp.resolve("site.properties");
    Files.writeString(config, "gongkai.site.name=某县政府信息公开\ngongkai.site.domain=https://x.gov.cn\n");

    Run run =
        run(
            "build",
            "--out",
            temp.resolve("site"),
            "--json",
            export(TestSite.withNotices(1).build()),
            "--site-config",
            config);

    assertEquals(2, run.exit, run::toString);
    assertTrue(run.err.contains("gongkai.site.id-code, gongkai.site.icp"), run.err);
  }

  @Test
  void anUnreadableExportFailsWithThree() throws IOException {
    Path json = temp.resolve("broken.json");
    Files.writeString(json, "{\"agencies\": [");

    Run run =
        run("build", "--out", temp.resolve("site"), "--json", json, "--site-config", siteConfig());

    assertEquals(3, run.exit, run::toString);
    assertTrue(run.err.contains("not valid JSON"), run.err);
  }

  @Test
  void rollbackGoesBackOneReleaseAndReleasesListsThem() throws IOException {
    Path site = temp.resolve("site");
    Path config = siteConfig();
    run(
        "build",
        "--out",
        site,
        "--json",
        export(TestSite.withNotices(2).build()),
        "--site-config",
        config);
    run(
        "build",
        "--out",
        site,
        "--json",
        export(TestSite.withNotices(3).build()),
        "--site-config",
        config);
    assertTrue(Files.exists(site.resolve("current/mengnuo/art/0/3.html")));

    Run rollback = run("rollback", "--out", site);
    Run releases = run("releases", "--out", site);

    assertEquals(0, rollback.exit, rollback::toString);
    assertFalse(Files.exists(site.resolve("current/mengnuo/art/0/3.html")));
    assertEquals(0, releases.exit, releases::toString);
    String[] lines = releases.out.strip().split("\n");
    assertEquals(3, lines.length, releases.out);
    assertTrue(lines[1].startsWith(" "), "the newer release is no longer live: " + releases.out);
    assertTrue(lines[2].startsWith("*"), "the older one is: " + releases.out);
  }

  @Test
  void rollbackWithNothingEarlierExitsWithOne() throws IOException {
    Path site = temp.resolve("site");
    run(
        "build",
        "--out",
        site,
        "--json",
        export(TestSite.withNotices(1).build()),
        "--site-config",
        siteConfig());

    Run run = run("rollback", "--out", site);

    assertEquals(1, run.exit, run::toString);
    assertTrue(run.err.contains("no earlier release"), run.err);
  }

  @Test
  void exportsThePublishedContentOfTheDatabase() throws Exception {
    TestSite.Files files = new TestSite.Files();
    MemorySiteContent content = TestSite.varied(files);
    Path json = temp.resolve("export.json");
    try (H2Database db = H2Database.create("cli").load(content)) {

      Run run = run("export", "--db", db.url(), "--user", "gongkai", "--json", json);

      assertEquals(0, run.exit, run::toString);
      assertTrue(run.out.contains("2 agencies, 10 catalogues, 1 guides and 10 items"), run.out);
    }
    try (InputStream in = Files.newInputStream(json)) {
      assertEquals(items(content), items(JsonExport.read(in)));
    }
  }

  @Test
  void buildsFromTheDatabaseWithItsAttachments() throws Exception {
    TestSite.Files files = new TestSite.Files();
    MemorySiteContent content = TestSite.varied(files);
    Path attachments = temp.resolve("attachments");
    files.writeTo(attachments);
    Path site = temp.resolve("site");
    try (H2Database db = H2Database.create("cli").load(content)) {

      Run run =
          run(
              "build",
              "--out",
              site,
              "--db",
              db.url(),
              "--user",
              "gongkai",
              "--attachments",
              attachments,
              "--site-config",
              siteConfig(),
              "--threads",
              "1");

      assertEquals(0, run.exit, run::toString);
    }
    ItemEntry withFiles = content.item(7).orElseThrow();
    for (var file : withFiles.attachments()) {
      assertTrue(Files.isRegularFile(site.resolve("current").resolve(SitePaths.attachment(file))));
    }
  }

  private Run run(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = PublisherCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path export(SiteContent content) throws IOException {
    Path json = Files.createTempFile(temp, "export-", ".json");
    try (OutputStream out = Files.newOutputStream(json)) {
      JsonExport.write(content, out);
    }
    return json;
  }

  /** The test site's identity as the server's keys, in UTF-8. */
  private Path siteConfig() throws IOException {
    Path file = temp.resolve("site.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "gongkai.site.name=勐糯镇政府信息公开",
            "gongkai.site.domain=" + TestSite.DOMAIN,
            "gongkai.site.id-code=5305000001",
            "gongkai.site.icp=滇ICP备00000000号",
            "gongkai.site.public-security=滇公网安备53050000000000号",
            "gongkai.site.host-unit=勐糯镇人民政府",
            "gongkai.site.organizer-unit=勐糯镇党政综合办公室",
            "gongkai.site.address=勐糯镇政府路 1 号",
            "gongkai.site.phone=0875-0000000",
            "gongkai.site.page-size=5"),
        StandardCharsets.UTF_8);
    return file;
  }

  private static List<ItemEntry> items(SiteContent source) {
    List<ItemEntry> out = new ArrayList<>();
    source.forEachItem(out::add);
    return out;
  }
}
