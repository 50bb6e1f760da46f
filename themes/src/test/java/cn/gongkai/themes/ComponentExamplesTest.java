package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.examples.ThemeExamples;
import cn.gongkai.themes.examples.ThemeExamples.ComponentExample;
import cn.gongkai.themes.examples.ThemeExamples.ComponentSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GOV.UK Frontend style components: one folder each, a macro, a template and named examples. */
class ComponentExamplesTest {

  private static final Path COMPONENTS = NoCjkInTemplatesTest.THEME.resolve("components");

  static List<String> components() {
    return Theme.COMPONENTS;
  }

  @Test
  void everyComponentFolderIsDeclared() throws IOException {
    try (Stream<Path> folders = Files.list(COMPONENTS)) {
      List<String> names =
          folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
      assertEquals(Theme.COMPONENTS.stream().sorted().toList(), names);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void hasAMacroATemplateAndExamples(String component) {
    for (String file : List.of("macro.peb", "template.peb", "examples.json")) {
      assertTrue(Files.isRegularFile(COMPONENTS.resolve(component).resolve(file)), file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void theMacroNamedInTheExamplesIsDefinedInTheMacroFile(String component) throws IOException {
    ComponentSpec spec = ThemeExamples.spec(component);
    String macro =
        Files.readString(
            COMPONENTS.resolve(component).resolve("macro.peb"), StandardCharsets.UTF_8);
    String parameters = String.join(", ", spec.parameters().keySet());
    String signature =
        spec.macro() + "(ctx" + (parameters.isEmpty() ? "" : ", " + parameters) + ")";
    assertTrue(macro.contains("{% macro " + signature + " %}"), signature);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("components")
  void everyExampleRenders(String component) {
    List<ComponentExample> examples = ThemeExamples.render(component);
    assertFalse(examples.isEmpty());
    for (ComponentExample example : examples) {
      assertFalse(example.name().isBlank());
      assertFalse(example.html().isBlank() && !example.name().startsWith("no "), example.name());
    }
  }

  @Test
  void examplesHaveUniqueNamesAcrossTheTheme() {
    List<String> names =
        ThemeExamples.renderAll().stream().map(e -> e.component() + "/" + e.name()).toList();
    assertEquals(names.size(), names.stream().distinct().count());
  }

  @Test
  void theNoticeExampleWithALinkRendersTheLinkFromThePage() {
    Document html =
        Jsoup.parseBodyFragment(
            ThemeExamples.render("notice").stream()
                .filter(e -> e.name().startsWith("revised"))
                .findFirst()
                .orElseThrow()
                .html());
    assertEquals("../gkzd/2024/3107.html", html.selectFirst("a").attr("href"));
  }

  @Test
  void aMacroArgumentLeftOutTakesItsDefault() {
    Document html =
        Jsoup.parseBodyFragment(
            ThemeExamples.render("notice").stream()
                .filter(e -> e.name().equals("information"))
                .findFirst()
                .orElseThrow()
                .html());
    assertTrue(html.selectFirst(".gk-notice").hasClass("gk-notice--info"));
    assertTrue(html.select("a").isEmpty());
  }

  @Test
  void theEmptyItemListSaysTheColumnHasNoItems() {
    String html =
        ThemeExamples.render("item-list").stream()
            .filter(e -> e.name().equals("empty column"))
            .findFirst()
            .orElseThrow()
            .html();
    assertTrue(html.contains("本栏目暂无信息。"), html);
  }
}
