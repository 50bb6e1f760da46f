package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.FindingKind.BANK_CARD_NUMBER;
import static cn.gongkai.domain.screening.FindingKind.ID_CARD_NUMBER;
import static cn.gongkai.domain.screening.ScreeningFixtures.CARD_16;
import static cn.gongkai.domain.screening.ScreeningFixtures.CARD_19;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID_PASSING_LUHN;
import static cn.gongkai.domain.screening.ScreeningFixtures.kinds;
import static cn.gongkai.domain.screening.ScreeningFixtures.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "补贴发放账号：6222021234567894",
        "账号 6228480012345678903",
        "卡号：6222 0212 3456 7894",
        "卡号：6228 4800 1234 5678 903",
        "卡号６２２２０２１２３４５６７８９４",
      })
  void flagsALuhnValidCardNumber(String text) {
    assertEquals(List.of(BANK_CARD_NUMBER), kinds(text));
  }

  @Test
  void keepsTheFirstSixAndLastFourDigits() {
    assertEquals("账号622202******7894", screen("账号" + CARD_16).get(0).maskedExcerpt());
  }

  @Test
  void keepsTheGroupsOfAMaskedCard() {
    assertEquals(
        "卡号6228 48** **** ***8 903", screen("卡号6228 4800 1234 5678 903").get(0).maskedExcerpt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "账号6222021234567895", // fails Luhn
        "编号12345678901234567", // fails Luhn
        "62220212345678941", // 17 digits, fails Luhn
        "流水号62220212345678940000", // 20 digits: longer than any card
        "统一社会信用代码：913502007054858800", // passes Luhn, labelled as a credit code
        "账号622202******7894",
        "卡号 6222 0212 3456 7894 1234", // a longer grouped run
      })
  void doesNotFlagOtherNumbers(String text) {
    assertEquals(List.of(), kinds(text));
  }

  @Test
  void reportsAnIdNumberThatPassesLuhnAsAnIdNumberOnly() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("身份证" + ID_PASSING_LUHN));
  }

  @Test
  void flagsTwoCardsSeparatedBySpace() {
    assertEquals(
        List.of(BANK_CARD_NUMBER, BANK_CARD_NUMBER), kinds("账号 " + CARD_16 + " " + CARD_19));
  }
}
