package cn.gongkai.publisher;

import static cn.gongkai.publisher.fixtures.TestSite.DOMAIN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.deploy.MultiTargetDeployer;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full build of a small site, end to end: every page type, four variants, live at current. */
class PublisherTest {
  /** The pages of each variant: 3 site pages, agency, guide, 6 list pages, 14 items. */
  private static final List<String> PAGES =
      List.of(
          "index.html",
          "sitemap.html",
          "404.html",
          "mengnuo/index.html",
          "mengnuo/zhinan/index.html",
          "mengnuo/zhidu/index.html",
          "mengnuo/fdzdgknr/index.html",
          "mengnuo/nianbao/index.html",
          "mengnuo/tzgg/index.html",
          "mengnuo/tzgg/index_1.html",
          "mengnuo/zcwj/index.html",
          "mengnuo/art/0/1.html",
          "mengnuo/art/0/11.html",
          "mengnuo/art/0/12.html",
          "mengnuo/art/0/13.html",
          "mengnuo/art/0/14.html");

  private static final int ITEMS = 14;
  private static final String FOUND_ITEM = "mengnuo/art/0/12.html";
  private static final String SCRIPT_ITEM = "mengnuo/art/0/13.html";
  private static final String INDEX_NUMBER = "11530000MB0000000X/2024-00012";

  @TempDir static Path temp;
  private static ReleaseStore store;
  private static Publication publication;

  @BeforeAll
  static void buildTheSite() throws IOException {
    TestSite.Files files = new TestSite.Files();
    MemorySiteContent content =
        TestSite.withNotices(11)
            .item(
                TestSite.item(12, TestSite.RULES)
                    .title("关于干部发现问题及时整改的通知")
                    .body("<p>各村干部发现问题后，应在后台登记。</p>")
                    .attachment(files.add(1, "整改发现清单.pdf", "清单"))
                    .build())
            .item(
                TestSite.item(13, TestSite.REPORTS)
                    .title("<script>alert(1)</script>2023年度政府信息公开年报")
                    .build())
            .item(
                TestSite.item(14, TestSite.POLICIES)
                    .attachment(files.add(2, "政策解读.pdf", "解读"))
                    .build())
            .build();
    store = ReleaseStore.open(temp.resolve("site"));
    Publisher publisher =
        new Publisher(
            TestSite.settings(),
            Theme.defaultTheme(),
            store,
            new MultiTargetDeployer(store, List.of()),
            files);
    publication = publisher.rebuild(content, "full build", 2);
  }

  @Test
  void aFullBuildPassesTheGatesAndGoesLive() throws IOException {
    assertTrue(
        publication.succeeded(), publication.failure() + " " + publication.report().summary());
    assertEquals(publication.release().orElseThrow().id(), store.live().orElseThrow().id());
    assertTrue(Files.isSymbolicLink(store.webRoot()));
  }

  @Test
  void writesEveryPageTypeInAllFourVariants() {
    List<String> missing = new ArrayList<>();
    for (Variant v : Variant.values()) {
      for (String page : PAGES) {
        if (!Files.isRegularFile(served(v.prefix() + page))) {
          missing.add(v.prefix() + page);
        }
      }
    }

    assertEquals(List.of(), missing);
    assertEquals(4 * (11 + ITEMS), publication.htmlPages());
  }

  @Test
  void writesFeedsSitemapsAssetsAndAttachmentsOnceForAllVariants() {
    List<String> once =
        List.of(
            "mengnuo/zhidu/feed.xml",
            "mengnuo/fdzdgknr/feed.xml",
            "mengnuo/nianbao/feed.xml",
            "mengnuo/tzgg/feed.xml",
            "mengnuo/zcwj/feed.xml",
            "sitemap.xml",
            "sitemaps/pages.xml",
            "sitemaps/items-0.xml",
            "assets/gongkai.css");

    assertAll(once.stream().map(path -> () -> assertTrue(Files.isRegularFile(served(path)), path)));
    assertFalse(Files.exists(served("zh-hant/mengnuo/tzgg/feed.xml")));
    assertFalse(Files.exists(served("mengnuo/zhinan/feed.xml")), "the guide column lists nothing");
    assertEquals(2, files("files").size());
    assertEquals(5 + 3 + Theme.defaultTheme().assets().size() + 2, publication.otherFiles());
  }

  @Test
  void everyPageNamesItsCounterpartsInTheOtherVariantsAndTheyExist() throws IOException {
    int pages = 0;
    for (Path file : files("")) {
      String path = sitePath(file);
      if (!path.endsWith(".html")) {
        continue;
      }
      Variant variant = variantOf(path);
      String page = path.substring(variant.prefix().length());
      Document doc = parse(file);

      Set<String> alternates =
          doc.select("link[rel=alternate][hreflang]").stream()
              .map(link -> link.attr("href"))
              .collect(Collectors.toSet());

      Set<String> expected =
          Stream.of(Variant.values())
              .filter(other -> other != variant)
              .map(other -> DOMAIN + "/" + other.prefix() + page)
              .collect(Collectors.toSet());
      assertEquals(expected, alternates, path);
      for (String url : alternates) {
        assertTrue(Files.isRegularFile(served(url.substring(DOMAIN.length() + 1))), url);
      }
      pages++;
    }
    assertEquals(publication.htmlPages(), pages);
  }

  @Test
  void theScriptSwitchInTheHeaderLeadsToExistingPages() throws IOException {
    int links = 0;
    for (Path file : files("")) {
      String path = sitePath(file);
      if (!path.endsWith(".html") || path.endsWith("404.html")) {
        continue; // The 404 page links absolutely: a server answers it at any path.
      }
      for (Element link : parse(file).select(".gk-header a[hreflang]")) {
        String target = URI.create("x:/" + path).resolve(link.attr("href")).getPath().substring(1);
        assertTrue(Files.isRegularFile(served(target)), path + " → " + link.attr("href"));
        links++;
      }
    }
    assertEquals(publication.htmlPages() - 4, links, "one script switch link per page");
  }

  @Test
  void everyPageCarriesTheLanguageOfItsScript() throws IOException {
    for (Variant v : Variant.values()) {
      Document doc = parse(served(v.prefix() + "mengnuo/tzgg/index.html"));

      assertEquals(v.lang(), doc.selectFirst("html").attr("lang"), v.name());
    }
  }

  @Test
  void aTraditionalPageConvertsTheTextButNotTheIndexNumberOrTheFileName() throws IOException {
    String simplified = Files.readString(served(FOUND_ITEM), StandardCharsets.UTF_8);
    String traditional = Files.readString(served("zh-hant/" + FOUND_ITEM), StandardCharsets.UTF_8);
    Document page = Jsoup.parse(traditional);

    assertTrue(simplified.contains("关于干部发现问题及时整改的通知"));
    assertEquals("關於幹部發現問題及時整改的通知", page.selectFirst("h1").text());
    assertTrue(traditional.contains("各村幹部發現問題後，應在後臺登記。"), traditional);
    assertTrue(traditional.contains(INDEX_NUMBER));
    assertTrue(traditional.contains("整改发现清单.pdf"), "file names are never converted");
  }

  @Test
  void anItemPageCarriesItsRecordAndTheSiteMetadata() throws IOException {
    Document page = parse(served(FOUND_ITEM));

    assertEquals("关于干部发现问题及时整改的通知", meta(page, "ArticleTitle"));
    assertEquals("2024-03-01", meta(page, "PubDate"));
    assertEquals("5305000001", meta(page, "SiteIDCode"));
    assertEquals("政府信息公开制度", meta(page, "ColumnName"));
    assertEquals(DOMAIN + "/" + FOUND_ITEM, meta(page, "Url"));
    assertTrue(page.select("table.gk-metadata td").text().contains(INDEX_NUMBER));
    assertTrue(page.select("table.gk-metadata td").text().contains("勐政发〔2024〕12号"));
    assertEquals(
        "../../../files/" + TestSite.sha256("清单".getBytes(StandardCharsets.UTF_8)).substring(0, 2),
        page.select("a[href$=.pdf]").attr("href").replaceAll("/[^/]+$", ""));
  }

  @Test
  void markupInATitleIsShownAsTextNeverRun() throws IOException {
    for (String path : List.of(SCRIPT_ITEM, "mengnuo/nianbao/index.html", "index.html")) {
      String html = Files.readString(served(path), StandardCharsets.UTF_8);

      assertFalse(html.contains("<script>alert"), path);
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;2023年度"), path);
    }
  }

  @Test
  void archivePagesListTheOldestItemsAndTheNewestPageTheRest() throws IOException {
    Document archive = parse(served("mengnuo/tzgg/index_1.html"));
    Document newest = parse(served("mengnuo/tzgg/index.html"));

    assertEquals(5, archive.select("main a[href*=/art/]").size());
    assertEquals(6, newest.select("main a[href*=/art/]").size());
    assertTrue(archive.text().contains("关于第1项工作的通知"));
    assertTrue(newest.text().contains("关于第11项工作的通知"));
  }

  private static String meta(Document page, String name) {
    return page.selectFirst("meta[name=" + name + "]").attr("content");
  }

  private static Path served(String sitePath) {
    return store.webRoot().resolve(sitePath);
  }

  private static Document parse(Path file) throws IOException {
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Variant variantOf(String path) {
    Variant found = Variant.SIMPLIFIED;
    for (Variant v : Variant.values()) {
      if (!v.prefix().isEmpty()
          && path.startsWith(v.prefix())
          && v.prefix().length() > found.prefix().length()) {
        found = v;
      }
    }
    return found;
  }

  /** Every file below {@code dir} of the live site (segments are linked, so links are followed). */
  private static List<Path> files(String dir) {
    try (Stream<Path> walk = Files.walk(served(dir), FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The path of a file found by walking the web root, relative to it. */
  private static String sitePath(Path file) {
    return store.webRoot().relativize(file).toString().replace('\\', '/');
  }
}
