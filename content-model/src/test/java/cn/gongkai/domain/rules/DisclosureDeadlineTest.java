package cn.gongkai.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DisclosureDeadlineTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
  private final RuleSet national2019 = RuleSets.bundled().defaultRuleSet();

  private DisclosureDeadline deadline(RuleSet rules, String createdOrChanged) {
    return DisclosureDeadline.of(rules, calendar, LocalDate.parse(createdOrChanged));
  }

  @Test
  void fallsTwentyWorkingDaysAfterTheItemWasCreated() {
    assertEquals(LocalDate.parse("2025-10-29"), deadline(national2019, "2025-09-25").dueOn());
  }

  @Test
  void isNotOverdueOnTheDueDay() {
    assertFalse(deadline(national2019, "2025-09-25").overdue(LocalDate.parse("2025-10-29")));
  }

  @Test
  void isOverdueTheDayAfterTheDueDay() {
    assertTrue(deadline(national2019, "2025-09-25").overdue(LocalDate.parse("2025-10-30")));
  }

  @Test
  void countsTheBodysOwnPeriod() {
    RuleSet tenDays =
        new RuleSet(
            "body-a",
            1,
            "某局",
            3,
            10,
            national2019.applications(),
            15,
            national2019.annualReport(),
            national2019.freshness(),
            OptionalInt.empty());
    // Sun 9/28 is a make-up day; 10/1-10/8 are off.
    assertEquals(LocalDate.parse("2025-10-15"), deadline(tenDays, "2025-09-25").dueOn());
  }

  @Test
  void saysWhenThePeriodRunsIntoAYearWithoutANotice() {
    assertFalse(deadline(national2019, "2026-12-20").calendarCovers());
  }

  @Test
  void saysWhenTheCalendarCoversThePeriod() {
    assertTrue(deadline(national2019, "2026-03-02").calendarCovers());
  }
}
