package cn.gongkai.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the line-based holiday arrangement format of {@code cn-holidays.txt}: {@code year YYYY
 * <notice>} lines open a year's block, {@code DATE[..DATE] off|work [name]} lines list its dates.
 */
final class HolidayFile {

  /** A holiday is at most nine days; a longer range is almost certainly a typing error. */
  private static final int LONGEST_RANGE_DAYS = 31;

  private final Map<LocalDate, HolidayArrangement> arrangements = new TreeMap<>();
  private final Map<Integer, String> notices = new TreeMap<>();
  private boolean inYearBlock;

  private HolidayFile() {}

  static HolidayFile read(Reader source) {
    HolidayFile file = new HolidayFile();
    try (BufferedReader lines = new BufferedReader(source)) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        file.readLine(++number, line);
      }
    } catch (IOException e) {
      throw new HolidayFileException("The holiday arrangement file could not be read.", e);
    }
    return file;
  }

  Map<LocalDate, HolidayArrangement> arrangements() {
    return arrangements;
  }

  /** Covered years and the notice each one comes from. */
  Map<Integer, String> notices() {
    return notices;
  }

  private void readLine(int number, String raw) {
    String line = withoutComment(raw).replace("\uFEFF", "").strip();
    if (line.isEmpty()) {
      return;
    }
    String[] fields = line.split("\\s+", 3);
    if (fields[0].equals("year")) {
      readYear(number, fields);
    } else {
      readDates(number, fields);
    }
  }

  private void readYear(int number, String[] fields) {
    if (fields.length < 2 || !fields[1].matches("\\d{4}")) {
      throw new HolidayFileException(
          number, "'year' must be followed by a four-digit year, e.g. 'year 2027 国办发明电〔2026〕N号'.");
    }
    if (fields.length < 3) {
      throw new HolidayFileException(
          number, "'year " + fields[1] + "' must name the notice the dates come from.");
    }
    notices.put(Integer.parseInt(fields[1]), fields[2].strip());
    inYearBlock = true;
  }

  private void readDates(int number, String[] fields) {
    if (!inYearBlock) {
      throw new HolidayFileException(
          number,
          "dates must follow a 'year YYYY <notice>' line naming the notice they come from.");
    }
    if (fields.length < 2) {
      throw new HolidayFileException(
          number, "'" + fields[0] + "' must be followed by 'off' or 'work'.");
    }
    DayKind kind = kind(number, fields[1]);
    String name = fields.length > 2 ? fields[2] : "";
    String[] ends = fields[0].split("\\.\\.", -1);
    if (ends.length > 2) {
      throw new HolidayFileException(
          number, "'" + fields[0] + "' is neither a date nor a range like 2026-02-15..2026-02-23.");
    }
    LocalDate first = date(number, ends[0]);
    LocalDate last = ends.length == 2 ? date(number, ends[1]) : first;
    checkRange(number, first, last);
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      arrangements.put(day, new HolidayArrangement(day, kind, name));
    }
  }

  private static void checkRange(int number, LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new HolidayFileException(
          number, "the range ends (" + last + ") before it starts (" + first + ").");
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days > LONGEST_RANGE_DAYS) {
      throw new HolidayFileException(
          number,
          "the range "
              + first
              + ".."
              + last
              + " spans "
              + days
              + " days; a holiday spans at most "
              + LONGEST_RANGE_DAYS
              + ". Check the end date.");
    }
  }

  private static DayKind kind(int number, String word) {
    switch (word) {
      case "off":
        return DayKind.OFF;
      case "work":
        return DayKind.WORK;
      default:
        throw new HolidayFileException(
            number, "expected 'off' or 'work' after the date, found '" + word + "'.");
    }
  }

  private static LocalDate date(int number, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new HolidayFileException(
          number, "'" + text + "' is not a date in the form YYYY-MM-DD (e.g. 2026-02-14).");
    }
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
