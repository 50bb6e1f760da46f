package cn.gongkai.domain.indexnumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexNumberTest {

  @Test
  void equalsAnIndexNumberWithTheSameText() {
    assertEquals(new IndexNumber("000014349/2017-00110"), new IndexNumber("000014349/2017-00110"));
  }

  @Test
  void rejectsABlankIndexNumber() {
    assertThrows(IllegalArgumentException.class, () -> new IndexNumber("  "));
  }

  @Test
  void rejectsAnIndexNumberWithASpace() {
    assertThrows(IllegalArgumentException.class, () -> new IndexNumber("000014349/2017 00110"));
  }

  @Test
  void rejectsAnIndexNumberWithAnIdeographicSpace() {
    assertThrows(
        IllegalArgumentException.class, () -> new IndexNumber("000014349/2017\u300000110"));
  }

  @Test
  void acceptsSixtyFourCharacters() {
    assertEquals(64, new IndexNumber("x".repeat(64)).value().length());
  }

  @Test
  void rejectsSixtyFiveCharacters() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new IndexNumber("x".repeat(65)));
    assertTrue(error.getMessage().contains("at most 64"), error.getMessage());
  }

  @Test
  void rejectsAContextWithoutAnOrgCode() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndexNumberContext(" ", null, LocalDate.parse("2017-05-08")));
  }
}
