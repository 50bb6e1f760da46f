package cn.gongkai.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 手机号码: mainland mobile numbers (1[3-9] and nine digits), written whole or as 138 1234 5678 /
 * 138-1234-5678, optionally after +86; masked as 138****1234.
 *
 * <p>Not a mobile number: eleven digits inside a longer run of digits or letters (a credit code, an
 * index number, 12345678901234567), or joined by a hyphen or point to other digits (a landline with
 * its area code such as 0598-8705661, an extension, a decimal).
 */
final class MobileNumbers implements Detector {

  /** A mobile number has eleven digits. */
  private static final int DIGITS = 11;

  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?<![0-9A-Za-z][-.])"
              + "(?:\\+?86[ -]?)?"
              + "(1[3-9]\\d([ -]?)\\d{4}\\2\\d{4})"
              + "(?![0-9A-Za-z])(?![-.]\\d)");

  @Override
  public List<Detection> detect(String text) {
    if (!Digits.atLeast(text, DIGITS)) {
      return List.of();
    }
    List<Detection> found = new ArrayList<>();
    Matcher matcher = MOBILE.matcher(text);
    while (matcher.find()) {
      found.add(
          new Detection(
              FindingKind.MOBILE_NUMBER,
              Severity.BLOCKING,
              matcher.start(1),
              matcher.end(1),
              3,
              4));
    }
    return found;
  }
}
