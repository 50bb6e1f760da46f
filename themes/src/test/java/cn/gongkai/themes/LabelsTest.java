package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void theDefaultLabelsAreReadAsUtf8() {
    Labels labels = Theme.defaultTheme().labels();
    assertEquals("发布日期", labels.get("publishDate"));
    assertEquals("索引号", labels.get("indexNumber"));
    assertEquals("跳到主要内容", labels.get("skipToContent"));
  }

  @Test
  void convertAppliesTheConverterToEveryValueAndKeepsTheKeys() {
    Labels labels = Labels.of(Map.of("a", "发布", "b", "网站地图"));
    Labels converted = labels.convert(value -> "[" + value + "]");
    assertEquals("[发布]", converted.get("a"));
    assertEquals("[网站地图]", converted.get("b"));
    assertEquals(labels.keys(), converted.keys());
  }

  @Test
  void convertLeavesTheOriginalLabelsUnchanged() {
    Labels labels = Labels.of(Map.of("a", "发布"));
    labels.convert(value -> "x");
    assertEquals("发布", labels.get("a"));
  }

  @Test
  void anUnknownLabelFailsInsteadOfPrintingNothing() {
    assertThrows(IllegalArgumentException.class, () -> Labels.of(Map.of()).get("publishDate"));
  }
}
