package cn.gongkai.domain.rules;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * 规则集: the rules that differ between the 2008 and 2019 regulations and between bodies' own
 * disclosure rules, chosen per issuing body and never scattered in code as constants.
 *
 * <p>All periods are in working days (工作日) unless their type says otherwise.
 *
 * @param id a stable key such as {@code national-2019}
 * @param version raised whenever a value changes, so that a body's records can say which version
 *     applied
 * @param reviewLevels how many levels sign before publication (1 to 5; seed 001 uses 3)
 * @param proactiveDisclosureDays to publish a proactive item after it is created or changed (2019
 *     第26条: 20)
 * @param complaintFeedbackDays to answer a complaint or evaluation (seeds 001 and 003: 15)
 * @param monthlyGoodItemQuota good items each unit reports a month (seed 000: 2), if the body sets
 *     a quota
 */
public record RuleSet(
    String id,
    int version,
    String title,
    int reviewLevels,
    int proactiveDisclosureDays,
    ApplicationDeadlines applications,
    int complaintFeedbackDays,
    AnnualReportDue annualReport,
    ColumnFreshness freshness,
    OptionalInt monthlyGoodItemQuota) {

  public static final int DEFAULT_REVIEW_LEVELS = 3;
  public static final int MAX_REVIEW_LEVELS = 5;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  public RuleSet {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A rule set id is 2 to 64 lower-case letters, digits or hyphens, such as national-2019;"
              + " got '"
              + id
              + "'.");
    }
    if (version < 1) {
      throw new IllegalArgumentException("A rule set version starts at 1, not " + version + ".");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("The rule set " + id + " needs a title.");
    }
    if (reviewLevels < 1 || reviewLevels > MAX_REVIEW_LEVELS) {
      throw new IllegalArgumentException(
          "Review levels must be 1 to " + MAX_REVIEW_LEVELS + ", not " + reviewLevels + ".");
    }
    RuleChecks.positive("proactiveDisclosureDays", proactiveDisclosureDays);
    RuleChecks.positive("complaintFeedbackDays", complaintFeedbackDays);
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(annualReport, "annualReport");
    Objects.requireNonNull(freshness, "freshness");
    Objects.requireNonNull(monthlyGoodItemQuota, "monthlyGoodItemQuota");
    if (monthlyGoodItemQuota.isPresent()) {
      RuleChecks.positive("monthlyGoodItemQuota", monthlyGoodItemQuota.getAsInt());
    }
  }
}
