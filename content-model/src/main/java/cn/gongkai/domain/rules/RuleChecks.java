package cn.gongkai.domain.rules;

import java.time.Period;
import java.util.Objects;

/** The checks every rule value passes once, when the rule set is built. */
final class RuleChecks {

  private RuleChecks() {}

  static void positive(String rule, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "The rule " + rule + " must be at least 1, not " + value + ".");
    }
  }

  static void positive(String rule, Period period) {
    Objects.requireNonNull(period, rule);
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(
          "The rule " + rule + " must be a positive period, not " + period + ".");
    }
  }
}
