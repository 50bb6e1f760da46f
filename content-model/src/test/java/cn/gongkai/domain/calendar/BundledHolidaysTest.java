package cn.gongkai.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every day of each bundled year against the table of official notices in DOMAIN.md. */
class BundledHolidaysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024 | 1/1; 2/10-2/17; 4/4-4/6; 5/1-5/5; 6/10; 9/15-9/17; 10/1-10/7"
            + " | 2/4; 2/18; 4/7; 4/28; 5/11; 9/14; 9/29; 10/12",
        "2025 | 1/1; 1/28-2/4; 4/4-4/6; 5/1-5/5; 5/31-6/2; 10/1-10/8"
            + " | 1/26; 2/8; 4/27; 9/28; 10/11",
        "2026 | 1/1-1/3; 2/15-2/23; 4/4-4/6; 5/1-5/5; 6/19-6/21; 9/25-9/27; 10/1-10/7"
            + " | 1/4; 2/14; 2/28; 5/9; 9/20; 10/10",
      })
  void matchesTheOfficialNoticeOnEveryDayOfTheYear(int year, String off, String work) {
    Set<LocalDate> offDays = days(year, off);
    Set<LocalDate> workDays = days(year, work);
    WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expected = workDays.contains(day) || (!weekend && !offDays.contains(day));
      assertEquals(expected, calendar.isWorkingDay(day), day.toString());
    }
  }

  private static Set<LocalDate> days(int year, String list) {
    Set<LocalDate> days = new HashSet<>();
    for (String item : list.split(";")) {
      String[] ends = item.strip().split("-");
      LocalDate first = monthDay(year, ends[0]);
      LocalDate last = ends.length == 2 ? monthDay(year, ends[1]) : first;
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        days.add(day);
      }
    }
    return days;
  }

  private static LocalDate monthDay(int year, String text) {
    String[] parts = text.split("/");
    return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }
}
