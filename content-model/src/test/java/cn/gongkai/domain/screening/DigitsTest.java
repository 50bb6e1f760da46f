package cn.gongkai.domain.screening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void countsDigitsAnywhereInTheText() {
    // 138 1234 5678 is a mobile number although no eleven digits stand together.
    assertTrue(Digits.atLeast("联系电话：138 1234 5678。", 11));
    assertTrue(Digits.atLeast("2024年3月1日起，第12条、第345号", 11));
  }

  @Test
  void aTextWithFewerDigitsCannotHoldTheNumber() {
    assertFalse(Digits.atLeast("2024年3月1日起施行", 11));
    assertFalse(Digits.atLeast("", 1));
    // Full-width digits count only after the screening text has normalised them.
    assertFalse(Digits.atLeast("１３８１２３４５６７８", 11));
  }

  @Test
  void aNumberIsStillFoundBehindThePrefilter() {
    Screener screener = new Screener();
    assertTrue(
        screener.screen("联系人手机：１３８１２３４５６７８", "正文").stream()
            .anyMatch(f -> f.kind() == FindingKind.MOBILE_NUMBER));
    assertTrue(
        screener.screen("本文件密级：秘密★1年", "正文").stream()
            .anyMatch(f -> f.kind() == FindingKind.SECRECY_MARKING));
  }
}
