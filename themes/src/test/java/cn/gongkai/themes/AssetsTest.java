package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The static files, and the design tokens that make the elderly mode a token override. */
class AssetsTest {

  private static final Path ASSETS = NoCjkInTemplatesTest.THEME.resolve("assets");
  private static final Pattern TOKEN = Pattern.compile("^\\s*(--gk-[a-z0-9-]+):\\s*(.+);\\s*$");

  private static String read(String file) throws IOException {
    return Files.readString(ASSETS.resolve(file), StandardCharsets.UTF_8);
  }

  /** The tokens of a file, one {@code --name: value;} per line. */
  static Map<String, String> tokens(String file) throws IOException {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String line : read(file).split("\n")) {
      Matcher token = TOKEN.matcher(line);
      if (token.matches()) {
        tokens.put(token.group(1), token.group(2).trim());
      }
    }
    return tokens;
  }

  @Test
  void everyFileInTheAssetsFolderIsPublishedUnderAssets() throws IOException {
    Set<String> published =
        Theme.defaultTheme().assets().stream()
            .map(Asset::path)
            .collect(Collectors.toCollection(TreeSet::new));
    try (Stream<Path> files = Files.list(ASSETS)) {
      Set<String> present =
          files
              .map(f -> "assets/" + f.getFileName())
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(present, published);
    }
  }

  @Test
  void publishedAssetsCarryTheFilesBytes() throws IOException {
    for (Asset asset : Theme.defaultTheme().assets()) {
      assertTrue(asset.bytes().length > 0, asset.path());
      assertEquals(
          Files.readString(NoCjkInTemplatesTest.THEME.resolve(asset.path())),
          new String(asset.bytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theComponentCssHasNoColourOfItsOwn() throws IOException {
    String css = read("gongkai.css").replaceAll("(?s)/\\*.*?\\*/", "");
    Matcher colour = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(").matcher(css);
    assertTrue(!colour.find(), () -> "literal colour: " + colour.group());
  }

  @Test
  void theComponentCssSizesTextOnlyWithTokens() throws IOException {
    Matcher fontSize = Pattern.compile("font-size:\\s*([^;]+);").matcher(read("gongkai.css"));
    while (fontSize.find()) {
      String value = fontSize.group(1);
      assertTrue(value.startsWith("calc(var(--gk-font-size-") || value.equals("inherit"), value);
    }
  }

  @Test
  void everyTokenTheCssUsesIsDefined() throws IOException {
    Set<String> defined = tokens("tokens.css").keySet();
    Matcher use = Pattern.compile("var\\((--gk-[a-z0-9-]+)\\)").matcher(read("gongkai.css"));
    Set<String> undefined = new TreeSet<>();
    while (use.find()) {
      if (!defined.contains(use.group(1))) {
        undefined.add(use.group(1));
      }
    }
    assertEquals(Set.of(), undefined);
  }

  @Test
  void overrideFilesOnlyOverrideExistingTokens() throws IOException {
    Set<String> defined = tokens("tokens.css").keySet();
    for (String file : List.of("tokens-elder.css", "tokens-toolbar.css")) {
      Set<String> unknown = new TreeSet<>(tokens(file).keySet());
      unknown.removeAll(defined);
      assertEquals(Set.of(), unknown, file);
    }
  }

  @Test
  void theElderTokensAreScopedToElderlyPages() throws IOException {
    String css = read("tokens-elder.css").replaceAll("(?s)/\\*.*?\\*/", "").trim();
    assertTrue(css.startsWith("html.gk-elder {"), css.substring(0, 20));
  }

  @Test
  void elderlyTextIsAtLeast18PointWithGenerousSpacing() throws IOException {
    Map<String, String> elder = tokens("tokens-elder.css");
    assertTrue(px(elder.get("--gk-font-size-body")) >= 24);
    assertTrue(px(elder.get("--gk-font-size-small")) >= 24);
    double lineHeight = Double.parseDouble(elder.get("--gk-line-height-body"));
    assertTrue(lineHeight >= 1.5);
    double paragraphSpacing =
        Double.parseDouble(elder.get("--gk-paragraph-spacing").replace("em", ""));
    assertTrue(paragraphSpacing >= 1.3 * lineHeight, "paragraph spacing " + paragraphSpacing);
  }

  @Test
  void targetsAre44PixelsAndOnElderlyPages60() throws IOException {
    assertTrue(px(tokens("tokens.css").get("--gk-target-size")) >= 44);
    assertTrue(px(tokens("tokens-elder.css").get("--gk-target-size")) >= 60);
  }

  @Test
  void elderlyPagesHideDecoration() throws IOException {
    assertEquals("none", tokens("tokens-elder.css").get("--gk-decoration-display"));
  }

  @Test
  void textColoursContrastAtLeast7To1InEveryMode() throws IOException {
    Map<String, String> standard = tokens("tokens.css");
    Map<String, String> elder = new LinkedHashMap<>(standard);
    elder.putAll(tokens("tokens-elder.css"));
    Map<String, String> contrast = new LinkedHashMap<>(standard);
    contrast.putAll(tokens("tokens-toolbar.css"));
    for (Map<String, String> mode : List.of(standard, elder, contrast)) {
      for (String[] pair : TEXT_ON_BACKGROUND) {
        double ratio = Contrast.ratio(mode.get(pair[0]), mode.get(pair[1]));
        assertTrue(ratio >= 7, pair[0] + " on " + pair[1] + " = " + ratio);
      }
    }
  }

  @Test
  void boundariesOfControlsContrastAtLeast3To1() throws IOException {
    Map<String, String> standard = tokens("tokens.css");
    assertTrue(
        Contrast.ratio(standard.get("--gk-color-border"), standard.get("--gk-color-background"))
            >= 3);
    assertTrue(
        Contrast.ratio(
                standard.get("--gk-color-notice-warning-border"),
                standard.get("--gk-color-notice-warning-background"))
            >= 3);
  }

  @Test
  void theFocusIndicatorContrastsAtLeast3To1WithEveryBackgroundInEveryMode() throws IOException {
    // WCAG 2.4.7 / 1.4.11: the yellow fill or the ring around it stands out on every surface.
    Map<String, String> standard = tokens("tokens.css");
    Map<String, String> elder = new LinkedHashMap<>(standard);
    elder.putAll(tokens("tokens-elder.css"));
    Map<String, String> contrast = new LinkedHashMap<>(standard);
    contrast.putAll(tokens("tokens-toolbar.css"));
    for (Map<String, String> mode : List.of(standard, elder, contrast)) {
      for (String background :
          List.of("--gk-color-background", "--gk-color-surface", "--gk-color-brand")) {
        String behind = mode.get(background);
        double best =
            Math.max(
                Contrast.ratio(mode.get("--gk-color-focus"), behind),
                Contrast.ratio(mode.get("--gk-color-focus-ring"), behind));
        assertTrue(best >= 3, "focus on " + background + " " + behind + " = " + best);
      }
    }
  }

  private static final String[][] TEXT_ON_BACKGROUND = {
    {"--gk-color-text", "--gk-color-background"},
    {"--gk-color-text", "--gk-color-surface"},
    {"--gk-color-text-secondary", "--gk-color-background"},
    {"--gk-color-text-secondary", "--gk-color-surface"},
    {"--gk-color-link", "--gk-color-background"},
    {"--gk-color-link", "--gk-color-surface"},
    {"--gk-color-link-visited", "--gk-color-background"},
    {"--gk-color-link-hover", "--gk-color-background"},
    {"--gk-color-on-brand", "--gk-color-brand"},
    {"--gk-color-focus-text", "--gk-color-focus"},
    {"--gk-color-text", "--gk-color-notice-info-background"},
    {"--gk-color-text", "--gk-color-notice-warning-background"},
    {"--gk-color-text", "--gk-color-notice-important-background"},
    {"--gk-color-link", "--gk-color-notice-warning-background"},
    {"--gk-color-link", "--gk-color-notice-important-background"},
    {"--gk-color-link", "--gk-color-notice-info-background"},
  };

  private static double px(String value) {
    assertTrue(value.endsWith("px"), value);
    return Double.parseDouble(value.substring(0, value.length() - 2));
  }

  /** WCAG 2.1 contrast ratio of two #rrggbb colours. */
  static final class Contrast {
    static double ratio(String a, String b) {
      double la = luminance(a);
      double lb = luminance(b);
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
      int rgb = Integer.parseInt(hex.substring(1), 16);
      return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
      double c = (value & 0xFF) / 255.0;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
  }
}
