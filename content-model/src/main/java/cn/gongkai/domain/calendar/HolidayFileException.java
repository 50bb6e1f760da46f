package cn.gongkai.domain.calendar;

/** A holiday arrangement file that cannot be read; the message names the line and the problem. */
public class HolidayFileException extends IllegalArgumentException {

  private final int lineNumber;

  HolidayFileException(int lineNumber, String problem) {
    super("Line " + lineNumber + ": " + problem);
    this.lineNumber = lineNumber;
  }

  HolidayFileException(String problem, Throwable cause) {
    super(problem, cause);
    this.lineNumber = 0;
  }

  /** The 1-based line the problem is on, or 0 if the file could not be read at all. */
  public int lineNumber() {
    return lineNumber;
  }
}
