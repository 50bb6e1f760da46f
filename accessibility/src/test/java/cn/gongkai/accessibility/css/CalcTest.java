package cn.gongkai.accessibility.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalcTest {

  private static double px(String value) {
    return Lengths.px(value, 20, 16);
  }

  @Test
  void multipliesALengthByAScale() {
    assertEquals(24, px("calc(24px * 1)"), 1e-9);
    assertEquals(30, px("calc(1.5 * 1em)"), 1e-9);
  }

  @Test
  void addsLengthsOfDifferentUnits() {
    assertEquals(92, px("calc(60px + 2rem)"), 1e-9);
  }

  @Test
  void respectsPrecedenceAndParentheses() {
    assertEquals(28, px("calc(4px + 3 * 8px)"), 1e-9);
    assertEquals(56, px("calc((4px + 3px) * 8)"), 1e-9);
    assertEquals(-4, px("calc(-1 * 4px)"), 1e-9);
  }

  @Test
  void readsMinMaxAndClamp() {
    assertEquals(16, px("min(16px, 2em)"), 1e-9);
    assertEquals(40, px("max(16px, 2em)"), 1e-9);
    assertEquals(24, px("clamp(18px, 24px, 30px)"), 1e-9);
  }

  @Test
  void viewportUnitsAndPercentagesOfWidthAreUnknown() {
    assertTrue(Double.isNaN(px("calc(1vw + 16px)")));
    assertTrue(Double.isNaN(px("min(100%, 22em)")));
  }

  @Test
  void rejectsAddingANumberToALength() {
    assertTrue(Double.isNaN(px("calc(1 + 16px)")));
  }

  @Test
  void fontSizePercentagesAreOfTheParentSize() {
    assertEquals(30, Lengths.fontSize("calc(150% * 1)", 20, 16), 1e-9);
  }
}
