package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.ScreeningFixtures.CARD_19;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID_ENDING_IN_X;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskerTest {

  private final Masker masker = new Masker(ScreeningFixtures.screener());

  @Test
  void masksAMobileNumberTheNationalWay() {
    assertEquals("电话：138****5678", masker.mask("电话：13812345678"));
  }

  @Test
  void masksASeparatedMobileNumberKeepingItsSeparators() {
    assertEquals("电话：138-****-5678", masker.mask("电话：138-1234-5678"));
  }

  @Test
  void masksAnIdNumberToItsFirstTwoAndLastThreeCharacters() {
    assertEquals("身份证号35*************236", masker.mask("身份证号" + ID));
  }

  @Test
  void masksTheCheckCharacterXLikeADigit() {
    assertEquals("11*************02X", masker.mask(ID_ENDING_IN_X));
  }

  @Test
  void masksABankCardToItsFirstSixAndLastFourDigits() {
    assertEquals("账号622848*********8903", masker.mask("账号" + CARD_19));
  }

  @Test
  void masksFullWidthDigitsInPlace() {
    assertEquals("手机１３８****５６７８", masker.mask("手机１３８１２３４５６７８"));
  }

  @Test
  void masksALegacyFifteenDigitIdNumber() {
    assertEquals("35**********123", masker.mask("350423900101123"));
  }

  @Test
  void masksEveryNumberInAList() {
    String list = "张三 " + ID + " 13812345678\n李四 " + ID_ENDING_IN_X + " 13987654321\n";
    assertEquals(
        "张三 35*************236 138****5678\n李四 11*************02X 139****4321\n",
        masker.mask(list));
  }

  @Test
  void leavesSecrecyMarkingsForAPersonToRemove() {
    assertEquals("秘密★1年\n关于……的通知", masker.mask("秘密★1年\n关于……的通知"));
  }

  @Test
  void leavesTextWithoutPersonalDataExactlyAsItWas() {
    String text = "濮阳市民政局关于成立市民政局政务公开领导小组的通知\n组  长：冯  勇　电话：0598-8705661";
    assertEquals(text, masker.mask(text));
  }

  @Test
  void keepsTheLengthOfTheText() {
    String text = "账号 6222 0212 3456 7894，手机 138 1234 5678";
    assertEquals(text.length(), masker.mask(text).length());
  }

  @Test
  void leavesAlreadyMaskedValuesAsTheyAre() {
    assertEquals("138****1234 35*************123", masker.mask("138****1234 35*************123"));
  }
}
