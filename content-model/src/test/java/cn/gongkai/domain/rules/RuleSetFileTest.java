package cn.gongkai.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RuleSetFileTest {

  private static final String VALID =
      String.join(
          "\n",
          "id=body-a",
          "version=1",
          "title=某局政务公开制度",
          "review.levels=2",
          "proactive-disclosure.working-days=20",
          "application.answer.working-days=20",
          "application.extension.working-days=20",
          "application.correction.working-days=7",
          "application.third-party.working-days=15",
          "complaint-feedback.working-days=15",
          "annual-report.departments.due=01-31",
          "annual-report.governments.due=03-31",
          "freshness.news=P14D",
          "freshness.notices-and-policy=P6M",
          "quota.good-items-per-month=",
          "");

  private static RuleSet read(String text) {
    return RuleSetFile.read(new StringReader(text), "body-a.properties");
  }

  private static String readError(String text) {
    return assertThrows(InvalidRuleSetException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsAValidFile() {
    assertEquals(2, read(VALID).reviewLevels());
  }

  @Test
  void defaultsToThreeReviewLevels() {
    assertEquals(3, read(VALID.replace("review.levels=2\n", "")).reviewLevels());
  }

  @Test
  void rejectsSixReviewLevels() {
    String message = readError(VALID.replace("review.levels=2", "review.levels=6"));
    assertTrue(message.contains("body-a.properties") && message.contains("1 to 5"), message);
  }

  @Test
  void rejectsAPeriodOfZeroDays() {
    String message =
        readError(
            VALID.replace(
                "application.correction.working-days=7", "application.correction.working-days=0"));
    assertTrue(message.contains("correctionDays must be at least 1"), message);
  }

  @Test
  void rejectsAPeriodThatIsNotANumber() {
    String message =
        readError(
            VALID.replace(
                "proactive-disclosure.working-days=20", "proactive-disclosure.working-days=二十"));
    assertTrue(message.contains("must be a whole number"), message);
  }

  @Test
  void rejectsAMissingKey() {
    String message = readError(VALID.replace("freshness.news=P14D\n", ""));
    assertTrue(message.contains("'freshness.news' is missing"), message);
  }

  @Test
  void rejectsAMisspeltKey() {
    String message = readError(VALID + "review.level=2\n");
    assertTrue(message.contains("unknown key(s) [review.level]"), message);
  }

  @Test
  void rejectsADueDateThatIsNotAMonthAndDay() {
    String message =
        readError(
            VALID.replace(
                "annual-report.governments.due=03-31", "annual-report.governments.due=3月31日"));
    assertTrue(message.contains("like 03-31"), message);
  }

  @Test
  void rejectsAFreshnessThatIsNotAPeriod() {
    String message = readError(VALID.replace("freshness.news=P14D", "freshness.news=14"));
    assertTrue(message.contains("like P14D"), message);
  }

  @Test
  void readsAMonthlyQuota() {
    RuleSet ruleSet =
        read(VALID.replace("quota.good-items-per-month=", "quota.good-items-per-month=2"));
    assertEquals(2, ruleSet.monthlyGoodItemQuota().orElseThrow());
  }

  @Test
  void rejectsAnIdWithCapitals() {
    String message = readError(VALID.replace("id=body-a", "id=Body-A"));
    assertTrue(message.contains("lower-case"), message);
  }
}
