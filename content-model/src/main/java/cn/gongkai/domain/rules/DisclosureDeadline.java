package cn.gongkai.domain.rules;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 主动公开时限: the last day a proactive item may be published, counted in working days from the day it
 * was created or changed (2019 第26条: "自该政府信息形成或者变更之日起20个工作日内").
 *
 * @param calendarCovers false if the period runs into a year whose holiday notice is not loaded, so
 *     the due date may move once it is: callers should warn
 */
public record DisclosureDeadline(
    LocalDate createdOrChanged, LocalDate dueOn, boolean calendarCovers) {

  public DisclosureDeadline {
    Objects.requireNonNull(createdOrChanged, "createdOrChanged");
    Objects.requireNonNull(dueOn, "dueOn");
  }

  public static DisclosureDeadline of(
      RuleSet rules, WorkingDayCalendar calendar, LocalDate createdOrChanged) {
    LocalDate due = calendar.addWorkingDays(createdOrChanged, rules.proactiveDisclosureDays());
    return new DisclosureDeadline(createdOrChanged, due, calendar.covers(createdOrChanged, due));
  }

  /** Whether publishing on {@code today} is late; the due day itself is still in time. */
  public boolean overdue(LocalDate today) {
    return today.isAfter(dueOn);
  }
}
