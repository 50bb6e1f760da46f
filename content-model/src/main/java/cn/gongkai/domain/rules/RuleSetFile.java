package cn.gongkai.domain.rules;

import java.io.IOException;
import java.io.Reader;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a rule set from a properties file (UTF-8), one commented key per rule; see {@code
 * national-2019.properties} for every key and the article each value comes from.
 */
public final class RuleSetFile {

  static final String EXTENSION = ".properties";

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "version",
          "title",
          "review.levels",
          "proactive-disclosure.working-days",
          "application.answer.working-days",
          "application.extension.working-days",
          "application.correction.working-days",
          "application.third-party.working-days",
          "complaint-feedback.working-days",
          "annual-report.departments.due",
          "annual-report.governments.due",
          "freshness.news",
          "freshness.notices-and-policy",
          "quota.good-items-per-month");

  private final Properties values = new Properties();
  private final String source;

  private RuleSetFile(String source) {
    this.source = source;
  }

  /**
   * Reads one rule set; closes the reader.
   *
   * @param source the file's name, for messages
   * @throws InvalidRuleSetException naming the file, the key and the problem
   */
  public static RuleSet read(Reader reader, String source) {
    RuleSetFile file = new RuleSetFile(source);
    try (reader) {
      file.values.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidRuleSetException(source + " could not be read: " + e.getMessage(), e);
    }
    return file.toRuleSet();
  }

  private RuleSet toRuleSet() {
    Set<String> unknown = new TreeSet<>(values.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw problem("unknown key(s) " + unknown + "; the keys are " + new TreeSet<>(KEYS));
    }
    try {
      return new RuleSet(
          text("id"),
          number("version"),
          text("title"),
          values.containsKey("review.levels")
              ? number("review.levels")
              : RuleSet.DEFAULT_REVIEW_LEVELS,
          number("proactive-disclosure.working-days"),
          new ApplicationDeadlines(
              number("application.answer.working-days"),
              number("application.extension.working-days"),
              number("application.correction.working-days"),
              number("application.third-party.working-days")),
          number("complaint-feedback.working-days"),
          new AnnualReportDue(
              monthDay("annual-report.departments.due"), monthDay("annual-report.governments.due")),
          new ColumnFreshness(period("freshness.news"), period("freshness.notices-and-policy")),
          optionalNumber("quota.good-items-per-month"));
    } catch (InvalidRuleSetException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleSetException(source + ": " + e.getMessage(), e);
    }
  }

  private String text(String key) {
    String value = values.getProperty(key, "").strip();
    if (value.isEmpty()) {
      throw problem("the key '" + key + "' is missing or empty");
    }
    return value;
  }

  private int number(String key) {
    String value = text(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw problem("'" + key + "' must be a whole number, not '" + value + "'");
    }
  }

  private OptionalInt optionalNumber(String key) {
    return values.getProperty(key, "").isBlank()
        ? OptionalInt.empty()
        : OptionalInt.of(number(key));
  }

  private MonthDay monthDay(String key) {
    String value = text(key);
    try {
      return MonthDay.parse(value, MONTH_DAY);
    } catch (DateTimeParseException e) {
      throw problem("'" + key + "' must be a month and day like 03-31, not '" + value + "'");
    }
  }

  private Period period(String key) {
    String value = text(key);
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      throw problem(
          "'" + key + "' must be an ISO-8601 period like P14D or P6M, not '" + value + "'");
    }
  }

  private InvalidRuleSetException problem(String what) {
    return new InvalidRuleSetException(source + ": " + what + ".");
  }
}
