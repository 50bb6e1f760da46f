package cn.gongkai.domain.calendar;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 工作日历: which dates are working days (工作日) in mainland China, and the deadlines counted on them.
 *
 * <p>Saturdays and Sundays are rest days, statutory holidays are rest days, and the 调休 make-up days
 * the State Council moves onto weekends are working days. The State Council announces the next
 * year's arrangement each October or November, so the data is a file an administrator can extend
 * with {@link #withArrangements(Reader)} rather than code. A year no file covers still counts, with
 * only weekends as rest days; {@link #coveredYears()} lets callers warn about it.
 *
 * <p>Deadlines are counted as Chinese law counts 工作日 periods (e.g. 条例 第33条 "自收到申请之日起20个工作日内"): the
 * day the period starts on is not counted. Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private static final String BUNDLED = "cn-holidays.txt";

  private final Map<LocalDate, HolidayArrangement> arrangements;
  private final Map<Integer, String> notices;

  private WorkingDayCalendar(
      Map<LocalDate, HolidayArrangement> arrangements, Map<Integer, String> notices) {
    this.arrangements = Collections.unmodifiableMap(new TreeMap<>(arrangements));
    this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
  }

  /** The arrangements shipped with the product (2024 onwards). */
  public static WorkingDayCalendar bundled() {
    return Bundled.CALENDAR;
  }

  /**
   * Reads a holiday arrangement file; closes the reader.
   *
   * @throws HolidayFileException naming the line and the problem
   */
  public static WorkingDayCalendar parse(Reader file) {
    HolidayFile read = HolidayFile.read(file);
    return new WorkingDayCalendar(read.arrangements(), read.notices());
  }

  /**
   * This calendar with an administrator's file laid over it: its dates replace the same dates here,
   * and its years join the covered ones. Closes the reader.
   *
   * @throws HolidayFileException naming the line and the problem
   */
  public WorkingDayCalendar withArrangements(Reader extraFile) {
    HolidayFile extra = HolidayFile.read(extraFile);
    Map<LocalDate, HolidayArrangement> merged = new TreeMap<>(arrangements);
    merged.putAll(extra.arrangements());
    Map<Integer, String> mergedNotices = new TreeMap<>(notices);
    mergedNotices.putAll(extra.notices());
    return new WorkingDayCalendar(merged, mergedNotices);
  }

  /** Reads the bundled file once, on first use. */
  private static final class Bundled {
    static final WorkingDayCalendar CALENDAR = load();

    private static WorkingDayCalendar load() {
      InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED);
      if (in == null) {
        throw new UncheckedIOException(
            new FileNotFoundException("The bundled resource " + BUNDLED + " is missing."));
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    HolidayArrangement arrangement = arrangements.get(date);
    if (arrangement != null) {
      return arrangement.isWorkingDay();
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The deadline of a period of {@code n} working days that starts on {@code start}: the n-th
   * working day after it, {@code start} itself not counted. Zero days gives {@code start}.
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("A period cannot be " + n + " working days long.");
    }
    LocalDate day = start;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Working days after {@code fromExclusive} up to and including {@code toInclusive}; negative if
   * {@code toInclusive} comes first, so that {@code workingDaysBetween(s, addWorkingDays(s, n)) ==
   * n}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The years whose official arrangement is loaded; other years know only weekends. */
  public Set<Integer> coveredYears() {
    return notices.keySet();
  }

  /** Whether every year from {@code first} to {@code last} has its official arrangement loaded. */
  public boolean covers(LocalDate first, LocalDate last) {
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      if (!notices.containsKey(year)) {
        return false;
      }
    }
    return true;
  }

  /** The notice a covered year's arrangement comes from, e.g. "国办发明电〔2024〕12号". */
  public Optional<String> notice(int year) {
    return Optional.ofNullable(notices.get(year));
  }

  /** The holiday or make-up day a date belongs to, if the notices name it. */
  public Optional<HolidayArrangement> arrangement(LocalDate date) {
    return Optional.ofNullable(arrangements.get(date));
  }
}
