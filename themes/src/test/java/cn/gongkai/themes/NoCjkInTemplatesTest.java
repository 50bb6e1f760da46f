package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no Chinese: all UI text is a label, so the traditional variants, whose labels the
 * publisher converts, never show stray simplified text.
 */
class NoCjkInTemplatesTest {

  static final Path THEME = Path.of("src/main/resources/cn/gongkai/themes/default");

  static boolean isCjk(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.BOPOMOFO;
  }

  static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(THEME)) {
      return files.filter(file -> file.toString().endsWith(".peb")).sorted().toList();
    }
  }

  @Test
  void noTemplateContainsACjkCharacter() throws IOException {
    List<String> findings = new ArrayList<>();
    for (Path template : templates()) {
      List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).codePoints().anyMatch(NoCjkInTemplatesTest::isCjk)) {
          findings.add(THEME.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).trim());
        }
      }
    }
    assertEquals(List.of(), findings);
  }

  @Test
  void theCheckSeesEveryTemplate() throws IOException {
    assertTrue(templates().size() >= 2 * Theme.COMPONENTS.size() + 8, "" + templates().size());
  }

  @Test
  void theCheckRecognisesChineseCharactersAndPunctuation() {
    assertTrue("发".codePoints().allMatch(NoCjkInTemplatesTest::isCjk));
    assertTrue("，".codePoints().allMatch(NoCjkInTemplatesTest::isCjk));
    assertTrue("〔".codePoints().allMatch(NoCjkInTemplatesTest::isCjk));
  }
}
