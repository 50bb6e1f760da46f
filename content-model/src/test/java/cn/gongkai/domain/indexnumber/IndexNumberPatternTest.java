package cn.gongkai.domain.indexnumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexNumberPatternTest {

  private static IndexNumberContext context(String org, String date) {
    return new IndexNumberContext(org, null, LocalDate.parse(date));
  }

  private static String parseError(String pattern) {
    return assertThrows(IllegalArgumentException.class, () -> IndexNumberPattern.parse(pattern))
        .getMessage();
  }

  @Test
  void formatsOrgCodeYearAndFiveDigitSequence() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}");
    assertEquals("000014349/2017-00110", pattern.format(context("000014349", "2017-03-01"), 110));
  }

  @Test
  void formatsCreditCodeAndYearMonth() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyymm}-{seq:5}");
    assertEquals(
        "11341702486344515H/202110-00013",
        pattern.format(context("11341702486344515H", "2021-10-20"), 13));
  }

  @Test
  void formatsTheIndexNumberOfSeed000() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-02_D/{yyyy}-{mm}{dd}{seq:3}");
    assertEquals(
        "01526291-9-02_D/2017-0508001", pattern.format(context("01526291-9", "2017-05-08"), 1));
  }

  @Test
  void formatsTheCatalogueCode() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-{catalogue}/{yyyy}-{seq:4}");
    IndexNumberContext ctx =
        new IndexNumberContext("01526291-9", "02_D", LocalDate.parse("2017-05-08"));
    assertEquals("01526291-9-02_D/2017-0007", pattern.format(ctx, 7));
  }

  @Test
  void keepsEveryDigitOfASequenceLongerThanItsWidth() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyy}-{seq:3}");
    assertEquals("000014349/2017-12345", pattern.format(context("000014349", "2017-03-01"), 12345));
  }

  @Test
  void acceptsASequenceWithoutPadding() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-{seq}");
    assertEquals("000014349-7", pattern.format(context("000014349", "2017-03-01"), 7));
  }

  @Test
  void scopesTheSequenceToTheNumberWithoutIt() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}");
    assertEquals("000014349/2017-", pattern.sequenceScope(context("000014349", "2017-12-31")));
  }

  @Test
  void restartsAYearlyPatternInTheNewYear() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}");
    assertNotEquals(
        pattern.sequenceScope(context("000014349", "2017-12-31")),
        pattern.sequenceScope(context("000014349", "2018-01-01")));
  }

  @Test
  void keepsOneYearsScopeThroughTheYear() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}");
    assertEquals(
        pattern.sequenceScope(context("000014349", "2017-01-01")),
        pattern.sequenceScope(context("000014349", "2017-12-31")));
  }

  @Test
  void neverRestartsAPatternWithoutADate() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-{seq:6}");
    assertEquals(
        pattern.sequenceScope(context("000014349", "2017-01-01")),
        pattern.sequenceScope(context("000014349", "2030-06-15")));
  }

  @Test
  void restartsADailyPatternEachDay() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-02_D/{yyyy}-{mm}{dd}{seq:3}");
    assertEquals(
        "01526291-9-02_D/2017-0508", pattern.sequenceScope(context("01526291-9", "2017-05-08")));
  }

  @Test
  void rejectsPatternWithoutSequence() {
    assertTrue(parseError("{org}/{yyyy}").contains("exactly one sequence placeholder"));
  }

  @Test
  void rejectsPatternWithTwoSequences() {
    assertTrue(parseError("{org}/{seq:2}-{seq:5}").contains("but has 2"));
  }

  @Test
  void rejectsAnUnknownPlaceholder() {
    String message = parseError("{org}/{yy}-{seq:5}");
    assertTrue(message.contains("{yy} at position 7 is not a known placeholder"), message);
  }

  @Test
  void namesTheKnownPlaceholdersWhenRejectingOne() {
    assertTrue(parseError("{ORG}-{seq:5}").contains("{org}, {yyyy}, {yyyymm}"));
  }

  @Test
  void rejectsAnUnclosedBrace() {
    assertTrue(parseError("{org/{yyyy}-{seq:5}").contains("'{' at position 1 is never closed"));
  }

  @Test
  void rejectsAStrayClosingBrace() {
    assertTrue(parseError("{org}}-{seq:5}").contains("'}' at position 6 has no matching '{'"));
  }

  @Test
  void rejectsASequenceWidthOfZero() {
    assertTrue(parseError("{org}-{seq:0}").contains("1 to 18 digits"));
  }

  @Test
  void rejectsASequenceWidthThatIsNotANumber() {
    assertTrue(parseError("{org}-{seq:five}").contains("1 to 18 digits"));
  }

  @Test
  void rejectsASpaceInThePattern() {
    assertTrue(parseError("{org} {yyyy}-{seq:5}").contains("contains a space"));
  }

  @Test
  void rejectsAnEmptyPattern() {
    assertTrue(parseError(" ").contains("cannot be empty"));
  }

  @Test
  void rejectsASequenceBelowOne() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-{seq:5}");
    assertThrows(
        IllegalArgumentException.class,
        () -> pattern.format(context("000014349", "2017-03-01"), 0));
  }

  @Test
  void asksForACatalogueCodeWhenThePatternUsesOne() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}-{catalogue}-{seq:5}");
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> pattern.format(context("000014349", "2017-03-01"), 1));
    assertTrue(error.getMessage().contains("has no code"), error.getMessage());
  }

  @Test
  void refusesANumberLongerThanSixtyFourCharacters() {
    IndexNumberPattern pattern = IndexNumberPattern.parse("{org}/" + "x".repeat(60) + "-{seq:5}");
    assertThrows(
        IllegalArgumentException.class,
        () -> pattern.format(context("000014349", "2017-03-01"), 1));
  }

  @Test
  void equalsAPatternWithTheSameText() {
    assertEquals(
        IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}"),
        IndexNumberPattern.parse("{org}/{yyyy}-{seq:5}"));
  }
}
