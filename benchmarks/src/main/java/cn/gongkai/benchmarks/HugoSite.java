package cn.gongkai.benchmarks;

import cn.gongkai.publisher.cli.SyntheticSite;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The same synthetic content as a Hugo site, for the comparison: four languages standing for the
 * four variants (Hugo has no script converter, so all four carry the simplified text — Hugo does
 * less work than the publisher here), agency and catalogue sections nested as on our site, every
 * item as an HTML content file with its catalogue record in front matter, and a minimal theme with
 * the same page types: item page with the metadata table, section lists paginated by 20 (newest
 * first), home with the newest items per section, 404, plus Hugo's own sitemap and RSS. Taxonomies
 * are off. Content files are written once and hard-linked into the other languages' directories.
 */
final class HugoSite {
  static final List<String> LANGUAGES = List.of("zh-hans", "zh-hant", "elder", "elder-hant");
  private static final String THEME = "/cn/gongkai/benchmarks/hugo/";
  private static final List<String> LAYOUTS =
      List.of(
          "layouts/_default/baseof.html",
          "layouts/_default/single.html",
          "layouts/_default/list.html",
          "layouts/partials/header.html",
          "layouts/partials/footer.html",
          "layouts/index.html",
          "layouts/404.html");

  private final Path dir;

  HugoSite(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** Writes config, theme and content; returns the number of item files (per language). */
  long write(SyntheticSite site) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("hugo.toml"), config(), StandardCharsets.UTF_8);
    for (String layout : LAYOUTS) {
      try (InputStream in = HugoSite.class.getResourceAsStream(THEME + layout)) {
        Path target = dir.resolve(layout);
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      }
    }
    Path content = dir.resolve("content").resolve(LANGUAGES.get(0));
    Map<Long, Path> sections = sections(site, content);
    Map<Long, String> agencies = new HashMap<>();
    site.agencies().forEach(a -> agencies.put(a.id(), a.name()));
    long[] count = {0};
    site.forEachItem(
        item -> {
          try {
            Files.writeString(
                sections.get(item.catalogueId()).resolve(item.id() + ".html"),
                page(item, agencies.get(item.agencyId())),
                StandardCharsets.UTF_8);
            count[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
      linkTree(content, dir.resolve("content").resolve(language));
    }
    return count[0];
  }

  /**
   * Keeps only the first {@code count} languages: the fallback when Hugo cannot hold four languages
   * of the site in memory — a rate on fewer pages, not the same build.
   */
  void languages(int count) throws IOException {
    Files.writeString(dir.resolve("hugo.toml"), config(count), StandardCharsets.UTF_8);
  }

  private static String config() {
    return config(LANGUAGES.size());
  }

  private static String config(int languages) {
    StringBuilder toml =
        new StringBuilder(
            """
            baseURL = "https://xxgk.example.gov.cn/"
            title = "政府信息公开平台（演示）"
            defaultContentLanguage = "zh-hans"
            disableKinds = ["taxonomy", "term"]
            uglyURLs = true
            enableRobotsTXT = false
            paginate = 20
            [params]
              organizer = "演示县数字政府建设中心"
              host = "演示县人民政府办公室"
              idcode = "0000000000"
              icp = "演示ICP备00000000号"
              police = "演示公网安备00000000000000号"
              address = "演示县政府路 1 号"
              phone = "0000-0000000"
            """);
    String[] names = {"简体", "繁體", "适老", "适老繁體"};
    for (int i = 0; i < languages; i++) {
      toml.append("[languages.")
          .append(LANGUAGES.get(i))
          .append("]\n  contentDir = \"content/")
          .append(LANGUAGES.get(i))
          .append("\"\n  languageName = \"")
          .append(names[i])
          .append("\"\n  weight = ")
          .append(i + 1)
          .append('\n');
    }
    return toml.toString();
  }

  /** One directory per agency and catalogue, nested as the catalogue tree, each with _index. */
  private static Map<Long, Path> sections(SyntheticSite site, Path content) throws IOException {
    Map<Long, Path> sections = new HashMap<>();
    Map<Long, Path> agencies = new HashMap<>();
    for (AgencyEntry a : site.agencies()) {
      Path dir = Files.createDirectories(content.resolve(a.slug()));
      index(dir, a.name());
      agencies.put(a.id(), dir);
    }
    for (CatalogueEntry c : site.catalogues()) {
      Path parent = c.parentId() == null ? agencies.get(c.agencyId()) : sections.get(c.parentId());
      Path dir = Files.createDirectories(parent.resolve(c.code()));
      index(dir, c.name());
      sections.put(c.id(), dir);
    }
    return sections;
  }

  private static void index(Path dir, String title) throws IOException {
    Files.writeString(
        dir.resolve("_index.html"), "{\"title\": " + json(title) + "}\n", StandardCharsets.UTF_8);
  }

  private static String page(ItemEntry i, String agency) {
    StringBuilder out = new StringBuilder(i.body().length() + 1024);
    out.append("{\"title\": ").append(json(i.title()));
    out.append(", \"date\": ")
        .append(json(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.publishedAt())));
    out.append(", \"index\": ").append(json(i.indexNumber()));
    out.append(", \"agency\": ").append(json(agency));
    out.append(", \"docno\": ").append(json(i.documentNumber() == null ? "" : i.documentNumber()));
    out.append(", \"written\": ").append(json(String.valueOf(i.writtenOn())));
    out.append(", \"validity\": ").append(json(i.validity().label()));
    out.append(", \"keywords\": ").append(json(i.keywords()));
    out.append(", \"summary\": ").append(json(i.summary()));
    if (i.withdrawn()) {
      out.append(", \"withdrawn\": ").append(json(i.withdrawalReason()));
    }
    out.append(", \"attachments\": [");
    for (int k = 0; k < i.attachments().size(); k++) {
      AttachmentEntry f = i.attachments().get(k);
      out.append(k == 0 ? "" : ", ")
          .append("{\"name\": ")
          .append(json(f.fileName()))
          .append(", \"href\": ")
          .append(json("files/" + f.sha256() + ".pdf"))
          .append(", \"size\": ")
          .append(f.size())
          .append('}');
    }
    return out.append("]}\n").append(i.body()).append('\n').toString();
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The same files under another language's directory, as hard links: no bytes copied. */
  private static void linkTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createLink(target, source);
        }
      }
    }
  }
}
