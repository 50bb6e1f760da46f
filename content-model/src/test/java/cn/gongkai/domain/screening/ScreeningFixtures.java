package cn.gongkai.domain.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A screener on a fixed date, and valid numbers computed for the tests (no real person's). */
final class ScreeningFixtures {

  static final Clock JUNE_2025 =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** Check characters computed with GB 11643's MOD 11-2. */
  static final String ID = "350423199001011236";

  static final String ID_ENDING_IN_X = "11010519491231002X";

  /** Passes both the ID check and Luhn. */
  static final String ID_PASSING_LUHN = "350423199001010006";

  /** Luhn-valid. */
  static final String CARD_16 = "6222021234567894";

  static final String CARD_19 = "6228480012345678903";

  private ScreeningFixtures() {}

  static Screener screener() {
    return new Screener(JUNE_2025);
  }

  static List<ScreeningFinding> screen(String text) {
    return screener().screen(text, "正文");
  }

  static List<FindingKind> kinds(String text) {
    return screen(text).stream().map(ScreeningFinding::kind).toList();
  }
}
