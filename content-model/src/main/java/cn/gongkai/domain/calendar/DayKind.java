package cn.gongkai.domain.calendar;

/** What an official holiday arrangement makes of a date. */
public enum DayKind {
  /** 放假: no work on this date, even if it is a weekday. */
  OFF,
  /** 调休上班: a working day, even if it falls on a weekend. */
  WORK
}
