package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.FindingKind.ID_CARD_NUMBER;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID_ENDING_IN_X;
import static cn.gongkai.domain.screening.ScreeningFixtures.kinds;
import static cn.gongkai.domain.screening.ScreeningFixtures.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumbersTest {

  @Test
  void flagsAnIdNumberWithAValidCheckDigit() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("低保对象：张三，身份证号" + ID + "，住址某村。"));
  }

  @Test
  void flagsAnIdNumberEndingInX() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("身份证：" + ID_ENDING_IN_X));
  }

  @Test
  void flagsAnIdNumberEndingInLowerCaseX() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("身份证：" + ID_ENDING_IN_X.toLowerCase()));
  }

  @Test
  void flagsAnIdNumberInFullWidthDigits() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("身份证：３５０４２３１９９００１０１１２３６"));
  }

  @Test
  void flagsAnIdNumberWrittenInGroups() {
    assertEquals(List.of(ID_CARD_NUMBER), kinds("身份证：350423 19900101 1236"));
  }

  @Test
  void masksTheFoundIdNumberInTheExcerpt() {
    ScreeningFinding finding = screen("身份证号" + ID).get(0);
    assertEquals("身份证号35*************236", finding.maskedExcerpt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "350423199001011235", // wrong check digit
        "350423199001011239", // wrong check digit
        "110105194912310021", // X expected
        "350423209912311236", // valid check digit, born in 2099
        "350423199002301231", // 30 February
        "001234199001011234", // no such province
      })
  void doesNotFlagAnInvalidIdNumber(String number) {
    assertFalse(kinds("编号" + number).contains(ID_CARD_NUMBER));
  }

  @Test
  void doesNotFlagAnIdNumberInsideALongerRun() {
    assertFalse(kinds("流水号1" + ID + "7").contains(ID_CARD_NUMBER));
  }

  @Test
  void doesNotFlagAMaskedIdNumber() {
    assertEquals(List.of(), kinds("身份证号35*************236"));
  }

  @Test
  void warnsAboutAPlausibleLegacyFifteenDigitNumber() {
    ScreeningFinding finding = screen("身份证号350423900101123").get(0);
    assertEquals(Severity.WARNING, finding.severity());
  }

  @Test
  void doesNotFlagAFifteenDigitNumberWithoutABirthDate() {
    assertEquals(List.of(), kinds("注册号350423901301123"));
  }
}
