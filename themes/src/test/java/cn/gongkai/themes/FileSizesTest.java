package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
