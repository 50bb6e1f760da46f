package cn.gongkai.domain.screening;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 居民身份证号码: 18-character numbers (GB 11643) whose ISO 7064 MOD 11-2 check character, birth date and
 * province all hold, masked to the first 2 and last 3 characters. A 15-digit legacy number (issued
 * before 1999, no check digit) is only a {@link Severity#WARNING}: with nothing but its birth date
 * to test it, it cannot be told apart from e.g. a 15-digit business registration number.
 */
final class IdCardNumbers implements Detector {

  /** The old fifteen-digit number is the shorter form. */
  private static final int DIGITS = 15;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** GB/T 2260 province codes, plus 81-83 (HK, Macao, Taiwan residence permits) and 91. */
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83", "91");

  private static final Pattern EIGHTEEN =
      Pattern.compile("(?<![0-9A-Za-z])\\d{6} ?\\d{8} ?\\d{3}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern FIFTEEN = Pattern.compile("(?<![0-9A-Za-z])\\d{15}(?![0-9A-Za-z])");

  private final Clock clock;

  IdCardNumbers(Clock clock) {
    this.clock = clock;
  }

  @Override
  public List<Detection> detect(String text) {
    if (!Digits.atLeast(text, DIGITS)) {
      return List.of();
    }
    List<Detection> found = new ArrayList<>();
    Matcher eighteen = EIGHTEEN.matcher(text);
    while (eighteen.find()) {
      if (isIdCardNumber(eighteen.group().replace(" ", ""))) {
        found.add(detection(Severity.BLOCKING, eighteen));
      }
    }
    Matcher fifteen = FIFTEEN.matcher(text);
    while (fifteen.find()) {
      String number = fifteen.group();
      if (PROVINCES.contains(number.substring(0, 2))
          && plausibleBirth("19" + number.substring(6, 12))) {
        found.add(detection(Severity.WARNING, fifteen));
      }
    }
    return found;
  }

  /** Whether an 18-character string is a valid 身份证号: province, birth date and check character. */
  boolean isIdCardNumber(String number) {
    return number.length() == 18
        && PROVINCES.contains(number.substring(0, 2))
        && plausibleBirth(number.substring(6, 14))
        && Character.toUpperCase(number.charAt(17)) == checkCharacter(number);
  }

  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** A real date, not before 1900 and not in the future. */
  private boolean plausibleBirth(String yyyymmdd) {
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(yyyymmdd.substring(0, 4)),
              Integer.parseInt(yyyymmdd.substring(4, 6)),
              Integer.parseInt(yyyymmdd.substring(6, 8)));
      return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now(clock));
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static Detection detection(Severity severity, Matcher matcher) {
    return new Detection(
        FindingKind.ID_CARD_NUMBER, severity, matcher.start(), matcher.end(), 2, 3);
  }
}
