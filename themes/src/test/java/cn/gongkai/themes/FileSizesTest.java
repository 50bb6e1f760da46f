package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

  @ParameterizedTest(name = "{0} bytes = {1}")
  @CsvSource({
    "0, 0 B",
    "512, 512 B",
    "1024, 1 KB",
    "358400, 350 KB",
    "18944, 18.5 KB",
    "1258291, 1.2 MB",
    "1048575, 1 MB",
    "5368709120, 5 GB"
  })
  void sizesAreShownInTheLargestFittingUnit(long bytes, String expected) {
    assertEquals(expected, FileSizes.humanReadable(bytes));
  }

  @Test
  void roundsToTenthsAsDecimalFormattingDoes() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long bytes = 1024 + (long) (random.nextDouble() * random.nextDouble() * 20_000_000_000L);
      assertEquals(formatted(bytes), FileSizes.humanReadable(bytes), bytes + " bytes");
    }
  }

  /** What humanReadable printed with String.format("%.1f"), its rounding made explicit. */
  private static String formatted(long bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    String number = new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    number = number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    return "1024".equals(number) ? "1 " + units[unit + 1] : number + " " + units[unit];
  }
}
