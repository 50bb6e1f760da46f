package cn.gongkai.publisher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.html.BodySanitiser;
import cn.gongkai.publisher.convert.ScriptConverter;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.render.ItemModels;
import cn.gongkai.publisher.render.Script;
import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.publisher.render.SiteStructure;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import cn.gongkai.publisher.source.memory.MemorySiteContentBuilder;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The XSS corpus (OWASP filter evasion, mutation cases such as {@code <xmp>}, {@code <svg onload>},
 * {@code <math>}) goes in as editors' bodies — sanitised on write as the API does — and as titles,
 * summaries and keywords (which templates escape). Every page of the published site, in all four
 * variants, must carry no executable markup: no script but the theme's own file, no event handler,
 * no javascript:/data:/vbscript: link.
 */
class XssOnTheSiteTest {
  private static final Path CORPUS =
      Path.of(
          "..",
          "content-model",
          "src",
          "test",
          "resources",
          "cn",
          "gongkai",
          "domain",
          "html",
          "xss-corpus.txt");

  @Test
  void noPageOfTheSiteCarriesExecutableMarkup() throws IOException {
    List<String> cases = corpus();
    MemorySiteContentBuilder site = TestSite.structure();
    long id = 1;
    for (String attack : cases) {
      site.item(
          TestSite.notice(id)
              .title("标题" + attack)
              .summary("概述" + attack.substring(0, Math.min(attack.length(), 60)))
              .keywords(attack.substring(0, Math.min(attack.length(), 100)))
              .body("<p>正文</p>" + BodySanitiser.sanitise(attack))
              .build());
      id++;
    }
    MemorySiteContent content = site.build();
    // Rendered straight through the page models and the theme, without the gates: what would
    // reach the site if the gates let everything through.
    Theme theme = Theme.defaultTheme();
    SiteSettings settings = TestSite.settings();
    SiteStructure structure = SiteStructure.of(content);
    List<ItemModels> scripts =
        List.of(
            new ItemModels(
                structure, Script.simplified(theme.labels(), settings.identity()), settings),
            new ItemModels(
                structure,
                Script.traditional(
                    new ScriptConverter(settings.standard()), theme.labels(), settings.identity()),
                settings));
    List<String> problems = new ArrayList<>();
    content.forEachItem(
        item -> {
          for (ItemModels models : scripts) {
            for (Page page : models.pages(item)) {
              problems.addAll(
                  executable(
                      Jsoup.parse(theme.render(page)),
                      page.frame().variant().prefix() + page.frame().path()));
            }
          }
        });
    assertTrue(
        problems.isEmpty(),
        problems.size() + " problems, e.g. " + problems.stream().limit(10).toList());
  }

  private static List<String> executable(Document doc, String page) {
    List<String> found = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script")
          && !(e.attr("src").endsWith("assets/toolbar.js") && e.data().isBlank())) {
        found.add(page + ": " + e.outerHtml());
      }
      if (Stream.of("iframe", "object", "embed", "base", "form").anyMatch(tag::equals)
          && !(tag.equals("form") && e.hasClass("gk-search"))) {
        found.add(page + ": <" + tag + ">");
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add(page + ": " + name + " on <" + tag + ">");
        }
        if ((name.equals("href")
                || name.equals("src")
                || name.equals("action")
                || name.equals("formaction"))
            && (value.startsWith("javascript:")
                || value.startsWith("vbscript:")
                || value.startsWith("data:text"))) {
          found.add(page + ": " + name + "=" + a.getValue());
        }
      }
    }
    return found;
  }

  private static List<String> corpus() throws IOException {
    return Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }
}
