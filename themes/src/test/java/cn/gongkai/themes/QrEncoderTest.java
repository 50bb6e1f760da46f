package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** QrEncoder against ZXing's encoder with the same settings: the same modules, or left to ZXing. */
class QrEncoderTest {
  private static final String URL_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%ABCXYZ";

  @Test
  void urlsOfEveryLengthGiveZxingsModules() {
    Random random = new Random(7);
    Set<Integer> sizes = new HashSet<>();
    for (int length = 1; length <= 400; length++) {
      for (int sample = 0; sample < 10; sample++) {
        StringBuilder text = new StringBuilder("https://");
        while (text.length() < length) {
          text.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
        }
        byte[][] ours = QrEncoder.encode(text.toString()).orElseThrow();
        assertModulesEqual(QrCode.zxing(text.toString()), ours, text.toString());
        sizes.add(ours.length);
      }
    }
    // Versions 1 to 15: one and several error-correction blocks, short and long blocks, 8- and
    // 16-bit counts, alignment patterns and, from version 7 (45 modules), version information.
    assertTrue(sizes.containsAll(List.of(21, 45, 77)) && sizes.size() == 15, sizes.toString());
  }

  @Test
  void chineseTextIsUtf8BytesLikeZxings() {
    Random random = new Random(11);
    for (int sample = 0; sample < 500; sample++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(120);
      while (text.length() < length) {
        text.append((char) ('\u4E00' + random.nextInt(0x51A6)));
        if (random.nextInt(5) == 0) {
          text.append("𠮷a");
        }
      }
      byte[][] ours = QrEncoder.encode(text.toString()).orElseThrow();
      assertModulesEqual(QrCode.zxing(text.toString()), ours, text.toString());
    }
  }

  @Test
  void digitsAndCapitalsAreLeftToZxingsOtherModes() {
    assertTrue(QrEncoder.encode("0123456789").isEmpty());
    assertTrue(QrEncoder.encode("HTTPS://XXGK.EXAMPLE.GOV.CN/A/1.HTML").isEmpty());
    assertTrue(QrEncoder.encode("https://xxgk.example.gov.cn/a/1.html").isPresent());
  }

  @Test
  void whatZxingEncodesInOtherModesStillReadsBack() throws Exception {
    String text = "HTTPS://XXGK.EXAMPLE.GOV.CN/A/1.HTML";
    QrCode code = QrCode.of(text);
    assertEquals(text, QrDecoder.decode(code.size(), code.path()));
  }

  private static void assertModulesEqual(byte[][] expected, byte[][] actual, String text) {
    assertEquals(expected.length, actual.length, "size for " + text);
    for (int y = 0; y < expected.length; y++) {
      assertArrayEquals(expected[y], actual[y], "row " + y + " for " + text);
    }
  }
}
