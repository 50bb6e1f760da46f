package cn.gongkai.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 银行卡号: 16 to 19 digits, whole or in groups of four, that pass the Luhn check; masked to the first
 * 6 and last 4 digits.
 *
 * <p>About one number in ten passes Luhn by chance, so a run is not a card when it is part of a
 * longer run, is a valid 身份证号, or follows a label that says what else it is (统一社会信用代码, 注册号, 索引号 …),
 * the long numbers government pages are full of.
 */
final class BankCardNumbers implements Detector {

  /** The shortest card number has sixteen digits. */
  private static final int DIGITS = 16;

  private static final Pattern CARD =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?<![0-9A-Za-z][-.])"
              + "(?:\\d{16,19}(?![0-9A-Za-z])(?![-.]\\d)"
              + "|(?<!\\d )\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?(?![0-9A-Za-z])(?! \\d))");

  /** Labels of the other long numbers on government pages. */
  private static final Pattern OTHER_NUMBER_LABEL =
      Pattern.compile(
          "(?:信用代码|注册号|索引号|文号|纳税人识别号|税号|订单号|流水号|合同编号|项目编号|采购编号|证书编号|许可证号)" + "[ \\t:]*$");

  private static final int LABEL_REACH = 16;

  private final IdCardNumbers idCardNumbers;

  BankCardNumbers(IdCardNumbers idCardNumbers) {
    this.idCardNumbers = idCardNumbers;
  }

  @Override
  public List<Detection> detect(String text) {
    if (!Digits.atLeast(text, DIGITS)) {
      return List.of();
    }
    List<Detection> found = new ArrayList<>();
    Matcher matcher = CARD.matcher(text);
    while (matcher.find()) {
      String digits = matcher.group().replace(" ", "");
      if (passesLuhn(digits)
          && !idCardNumbers.isIdCardNumber(digits)
          && !labelledAsOtherNumber(text, matcher.start())) {
        found.add(
            new Detection(
                FindingKind.BANK_CARD_NUMBER,
                Severity.BLOCKING,
                matcher.start(),
                matcher.end(),
                6,
                4));
      }
    }
    return found;
  }

  static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static boolean labelledAsOtherNumber(String text, int start) {
    String before = text.substring(Math.max(0, start - LABEL_REACH), start);
    return OTHER_NUMBER_LABEL.matcher(before).find();
  }
}
