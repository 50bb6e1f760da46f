package cn.gongkai.publisher.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptConverterTest {
  private static final ScriptConverter S2T = new ScriptConverter(ScriptStandard.S2T);
  private static final ScriptConverter S2HK = new ScriptConverter(ScriptStandard.S2HK);
  private static final ScriptConverter S2TW = new ScriptConverter(ScriptStandard.S2TW);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"头发, 頭髮", "发现, 發現", "干部, 幹部", "后台, 後臺", "皇后, 皇后", "理发店, 理髮店", "树干, 樹幹"})
  void s2tChoosesTheTraditionalCharacterByPhrase(String simplified, String traditional) {
    assertEquals(traditional, S2T.apply(simplified));
  }

  @Test
  void s2tIsTheDefaultOfASite() {
    assertEquals(ScriptStandard.S2T, ScriptStandard.parse(" s2t "));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"后台, 後台", "为, 為", "说明, 説明"})
  void s2hkWritesHongKongForms(String simplified, String hongKong) {
    assertEquals(hongKong, S2HK.apply(simplified));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"为, 為", "里面, 裡面", "这里, 這裡", "群众, 群眾", "着手, 著手", "面条, 麵條", "秘书, 秘書"})
  void s2twWritesTaiwanForms(String simplified, String taiwan) {
    assertEquals(taiwan, S2TW.apply(simplified));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"全面, 全面", "方面, 方面", "公里, 公里", "见面, 見面"})
  void s2twKeepsWhatS2tKeeps(String simplified, String expected) {
    // opencc4j's Taiwan table has simplified keys; applied after s2t they made 全面 全麵.
    assertEquals(expected, S2TW.apply(simplified));
  }

  @ParameterizedTest
  @EnumSource(ScriptStandard.class)
  void publishingIsNeverRewordedAsTheTaiwanPhrase(ScriptStandard standard) {
    String converted = new ScriptConverter(standard).apply("本机关依法发布政府信息");

    assertFalse(converted.contains("釋出"), converted);
    assertTrue(converted.contains("發佈") || converted.contains("發布"), converted);
  }

  @Test
  void taiwanPhraseModeIsNotAStandard() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ScriptStandard.parse("s2twp"));

    assertTrue(e.getMessage().contains("s2t, s2hk or s2tw"), e.getMessage());
  }

  @Test
  void textWithoutHanCharactersIsReturnedUnchanged() {
    String indexNumber = "11530000MB0000000X/2024-00001";

    assertSame(indexNumber, S2T.apply(indexNumber));
  }
}
