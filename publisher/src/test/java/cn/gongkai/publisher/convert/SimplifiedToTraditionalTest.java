package cn.gongkai.publisher.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast converter must write exactly what opencc4j writes, on every text we can find. */
class SimplifiedToTraditionalTest {
  private static final SimplifiedToTraditional FAST = SimplifiedToTraditional.load();

  @Test
  void convertsTheIssuesSamples() {
    assertEquals("頭髮", FAST.convert("头发"));
    assertEquals("發現", FAST.convert("发现"));
    assertEquals("幹部", FAST.convert("干部"));
    assertEquals("後臺", FAST.convert("后台"));
    assertEquals("皇后", FAST.convert("皇后"));
    assertEquals("發佈", FAST.convert("发布"));
  }

  @Test
  void convertsTheSeedDocumentsAsOpencc4jDoes() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> seeds =
        Files.list(
            Path.of(
                "..",
                "cms-api",
                "src",
                "main",
                "resources",
                "cn",
                "gongkai",
                "api",
                "demo",
                "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        lines.addAll(Files.readAllLines(seed, StandardCharsets.UTF_8));
      }
    }
    assertTrue(lines.size() > 100, "the five seed documents: " + lines.size() + " lines");
    assertSameAsOpencc4j(lines);
  }

  @Test
  void convertsTheSyntheticCorpusAsOpencc4jDoes() throws IOException {
    try (InputStream in =
        getClass().getResourceAsStream("/cn/gongkai/publisher/cli/synthetic-sentences.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertSameAsOpencc4j(all.lines().toList());
      assertSameAsOpencc4j(List.of(all));
    }
  }

  /**
   * Every phrase of the dictionary alone, and each next to the following one, so that the
   * segmentation meets every word boundary the dictionary can produce.
   */
  @Test
  void convertsEveryPhraseAndEveryPairOfNeighboursAsOpencc4jDoes() {
    List<String> phrases =
        OpenccDatas.stPhrase().data().getDataMap().keySet().stream().sorted().toList();
    List<String> texts = new ArrayList<>(phrases);
    for (int k = 0; k + 1 < phrases.size(); k++) {
      texts.add(phrases.get(k) + phrases.get(k + 1));
      texts.add(phrases.get(k).substring(1) + "，" + phrases.get(k + 1) + "abc 12");
    }
    assertSameAsOpencc4j(texts);
  }

  private static void assertSameAsOpencc4j(List<String> texts) {
    List<String> differences = new ArrayList<>();
    for (String text : texts) {
      String expected = ZhConverterUtil.toTraditional(text);
      String actual = FAST.convert(text);
      if (!expected.equals(actual) && differences.size() < 20) {
        differences.add(text + " → opencc4j " + expected + " / ours " + actual);
      }
    }
    assertEquals(List.of(), differences, texts.size() + " texts");
  }
}
