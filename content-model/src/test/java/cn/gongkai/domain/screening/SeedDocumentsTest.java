package cn.gongkai.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer's own disclosure rules (copies of {@code shared/seeds}) talk about 国家秘密, 商业秘密, 保密审查
 * and print office phone numbers, 文号 and index numbers throughout; none of it is a finding.
 */
class SeedDocumentsTest {

  private static String seed(String name) throws IOException {
    try (InputStream in = SeedDocumentsTest.class.getResourceAsStream("seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_0fea499b2a503a4f.txt",
        "001_4377c4925c260661.txt",
        "002_48fbd0a234bc08f9.txt",
        "003_ab48fb2b3067a98d.txt",
        "004_6b0820d803ecb1d1.txt"
      })
  void findsNothingInTheSeedDocuments(String name) throws IOException {
    String text = seed(name);
    assertTrue(text.length() > 2000, "the whole seed document is there");
    assertEquals(List.of(), ScreeningFixtures.screen(text));
  }
}
