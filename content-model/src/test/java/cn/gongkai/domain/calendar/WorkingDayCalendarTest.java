package cn.gongkai.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void restsThroughoutSpringFestival2026() {
    for (LocalDate day = date("2026-02-15");
        !day.isAfter(date("2026-02-23"));
        day = day.plusDays(1)) {
      assertFalse(calendar.isWorkingDay(day), day + " is part of 春节 2026");
    }
  }

  @Test
  void worksOnTheMakeUpSaturdaysOfSpringFestival2026() {
    assertTrue(calendar.isWorkingDay(date("2026-02-14")));
    assertTrue(calendar.isWorkingDay(date("2026-02-28")));
  }

  @Test
  void countsADeadlineAcrossSpringFestival2026() {
    // Fri 2/13, make-up Sat 2/14, then nine days off, then Tue 2/24.
    assertEquals(date("2026-02-24"), calendar.addWorkingDays(date("2026-02-12"), 3));
  }

  @Test
  void countsTwentyWorkingDaysThroughFebruary2026() {
    assertEquals(date("2026-03-05"), calendar.addWorkingDays(date("2026-01-30"), 20));
  }

  @Test
  void restsFromTheFirstToTheEighthOfOctober2025() {
    for (LocalDate day = date("2025-10-01");
        !day.isAfter(date("2025-10-08"));
        day = day.plusDays(1)) {
      assertFalse(calendar.isWorkingDay(day), day + " is part of 国庆节、中秋节 2025");
    }
  }

  @Test
  void worksOnTheNationalDay2025MakeUpDays() {
    assertTrue(calendar.isWorkingDay(date("2025-09-28")), "Sunday 9/28 is a make-up workday");
    assertTrue(calendar.isWorkingDay(date("2025-10-11")), "Saturday 10/11 is a make-up workday");
  }

  @Test
  void countsWorkingDaysAroundNationalDay2025() {
    // 9/28 (Sun, make-up), 9/29, 9/30, 10/9, 10/10, 10/11 (Sat, make-up).
    assertEquals(6, calendar.workingDaysBetween(date("2025-09-26"), date("2025-10-12")));
  }

  @Test
  void countsTheTwentyWorkingDayDisclosureDeadlineOverNationalDay2025() {
    assertEquals(date("2025-10-29"), calendar.addWorkingDays(date("2025-09-25"), 20));
  }

  @ParameterizedTest
  @CsvSource({"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-09-29"})
  void worksOnThe2024MakeUpSundays(LocalDate sunday) {
    assertEquals(DayOfWeek.SUNDAY, sunday.getDayOfWeek());
    assertTrue(calendar.isWorkingDay(sunday));
  }

  @Test
  void restsOnAnOrdinarySunday() {
    assertFalse(calendar.isWorkingDay(date("2024-03-03")));
  }

  @Test
  void worksOnAnOrdinaryWeekday() {
    assertTrue(calendar.isWorkingDay(date("2024-03-04")));
  }

  @Test
  void countsADeadlineAcrossTheYearBoundary() {
    // Wed 12/31, 元旦 1/1-1/3 off, make-up Sunday 1/4, Mon 1/5.
    assertEquals(date("2026-01-05"), calendar.addWorkingDays(date("2025-12-30"), 3));
  }

  @Test
  void doesNotCountTheStartDay() {
    assertEquals(date("2026-03-03"), calendar.addWorkingDays(date("2026-03-02"), 1));
  }

  @Test
  void endsAPeriodStartedOnARestDayOnTheNextWorkingDay() {
    assertEquals(date("2026-02-24"), calendar.addWorkingDays(date("2026-02-16"), 1));
  }

  @Test
  void givesTheStartForAPeriodOfZeroDays() {
    assertEquals(date("2026-02-16"), calendar.addWorkingDays(date("2026-02-16"), 0));
  }

  @Test
  void rejectsANegativePeriod() {
    assertThrows(
        IllegalArgumentException.class, () -> calendar.addWorkingDays(date("2026-02-16"), -1));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-01-31, 20",
    "2024-09-27, 15",
    "2025-01-20, 20",
    "2025-12-30, 7",
    "2026-09-18, 40"
  })
  void countsBackTheDaysItAdded(LocalDate start, int days) {
    assertEquals(days, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days)));
  }

  @Test
  void countsNegativeWorkingDaysWhenTheEndComesFirst() {
    assertEquals(-6, calendar.workingDaysBetween(date("2025-10-12"), date("2025-09-26")));
  }

  @Test
  void coversTheYearsOfTheBundledNotices() {
    assertEquals(Set.of(2024, 2025, 2026), calendar.coveredYears());
  }

  @Test
  void namesTheNoticeEachYearComesFrom() {
    assertEquals("国办发明电〔2023〕7号", calendar.notice(2024).orElseThrow());
    assertEquals("国办发明电〔2024〕12号", calendar.notice(2025).orElseThrow());
  }

  @Test
  void treatsOnlyWeekendsAsRestInAnUncoveredYear() {
    assertTrue(calendar.isWorkingDay(date("2027-10-01")), "a Friday with no notice loaded");
    assertFalse(calendar.isWorkingDay(date("2027-10-02")), "a Saturday");
  }

  @Test
  void reportsADeadlineRunningIntoAnUncoveredYear() {
    assertFalse(calendar.covers(date("2026-12-20"), date("2027-01-20")));
  }

  @Test
  void namesTheHolidayADateBelongsTo() {
    assertEquals("春节", calendar.arrangement(date("2026-02-17")).orElseThrow().name());
  }
}
