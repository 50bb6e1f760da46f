package cn.gongkai.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 节假日安排: one date the State Council's notice takes out of the ordinary week.
 *
 * @param name the holiday it belongs to, e.g. "春节" or "春节调休"; empty if the file gave none
 */
public record HolidayArrangement(LocalDate date, DayKind kind, String name) {

  public HolidayArrangement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    name = name == null ? "" : name.strip();
  }

  public boolean isWorkingDay() {
    return kind == DayKind.WORK;
  }
}
