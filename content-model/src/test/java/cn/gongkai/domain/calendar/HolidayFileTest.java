package cn.gongkai.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An administrator's own file, laid over the bundled one, and what happens when it is wrong. */
class HolidayFileTest {

  /** Illustrative only: the real 2027 notice had not been published when this was written. */
  private static final String ADMIN_2027 =
      """
      # 2027: 国务院办公厅关于2027年部分节假日安排的通知 (illustrative)
      year 2027 测试用通知
      2027-01-01 off 元旦
      2027-10-01..2027-10-07 off 国庆节
      2027-09-26 work 国庆节调休   # a Sunday
      """;

  private static WorkingDayCalendar withAdminFile(String text) {
    return WorkingDayCalendar.bundled().withArrangements(new StringReader(text));
  }

  private static HolidayFileException parseError(String text) {
    return assertThrows(
        HolidayFileException.class, () -> WorkingDayCalendar.parse(new StringReader(text)));
  }

  @Test
  void addsTheYearOfAnAdministratorsFile() {
    assertTrue(withAdminFile(ADMIN_2027).coveredYears().contains(2027));
  }

  @Test
  void appliesTheHolidaysOfAnAdministratorsFile() {
    WorkingDayCalendar calendar = withAdminFile(ADMIN_2027);
    assertFalse(calendar.isWorkingDay(LocalDate.parse("2027-10-01")));
    assertTrue(calendar.isWorkingDay(LocalDate.parse("2027-09-26")));
  }

  @Test
  void keepsTheBundledYearsUnderAnAdministratorsFile() {
    WorkingDayCalendar calendar = withAdminFile(ADMIN_2027);
    assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-02-16")));
    assertTrue(calendar.coveredYears().contains(2026));
  }

  @Test
  void leavesTheBundledCalendarUnchanged() {
    withAdminFile(ADMIN_2027);
    assertFalse(WorkingDayCalendar.bundled().coveredYears().contains(2027));
  }

  @Test
  void letsAnAdministratorCorrectABundledDate() {
    WorkingDayCalendar calendar = withAdminFile("year 2026 更正通知\n2026-10-07 work 更正\n");
    assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-07")));
  }

  @Test
  void letsALaterLineForTheSameDateWin() {
    WorkingDayCalendar calendar =
        WorkingDayCalendar.parse(
            new StringReader("year 2027 通知\n2027-03-01 off 错误\n2027-03-01 work 更正\n"));
    assertTrue(calendar.isWorkingDay(LocalDate.parse("2027-03-01")));
  }

  @Test
  void ignoresCommentsAndBlankLines() {
    WorkingDayCalendar calendar =
        WorkingDayCalendar.parse(new StringReader("\uFEFF# header\n\n  \nyear 2027 通知 # note\n"));
    assertEquals("通知", calendar.notice(2027).orElseThrow());
  }

  @Test
  void namesTheLineOfAnUnknownKind() {
    HolidayFileException error = parseError("year 2027 通知\n2027-01-01 holiday 元旦\n");
    assertEquals(2, error.lineNumber());
    assertTrue(error.getMessage().contains("Line 2") && error.getMessage().contains("'holiday'"));
  }

  @Test
  void rejectsAnImpossibleDate() {
    HolidayFileException error = parseError("year 2027 通知\n2027-02-30 off\n");
    assertTrue(error.getMessage().contains("'2027-02-30' is not a date"), error.getMessage());
  }

  @Test
  void rejectsARangeThatEndsBeforeItStarts() {
    HolidayFileException error = parseError("year 2027 通知\n2027-10-07..2027-10-01 off\n");
    assertTrue(error.getMessage().contains("ends (2027-10-01) before it starts"));
  }

  @Test
  void rejectsARangeLongerThanAnyHoliday() {
    HolidayFileException error = parseError("year 2027 通知\n2027-02-01..2027-12-01 off 春节\n");
    assertTrue(error.getMessage().contains("Check the end date"), error.getMessage());
  }

  @Test
  void rejectsDatesBeforeAnyYearLine() {
    HolidayFileException error = parseError("2027-01-01 off 元旦\n");
    assertEquals(1, error.lineNumber());
  }

  @Test
  void rejectsAYearWithoutItsNotice() {
    HolidayFileException error = parseError("year 2027\n");
    assertTrue(error.getMessage().contains("must name the notice"), error.getMessage());
  }

  @Test
  void rejectsADateWithoutAKind() {
    HolidayFileException error = parseError("year 2027 通知\n2027-01-01\n");
    assertTrue(error.getMessage().contains("'off' or 'work'"), error.getMessage());
  }
}
