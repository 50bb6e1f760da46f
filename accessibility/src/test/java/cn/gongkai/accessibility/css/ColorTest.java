package cn.gongkai.accessibility.css;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorTest {

  private static double contrastOnWhite(String color) {
    return Color.contrast(Color.parse(color), Color.WHITE);
  }

  @Test
  void grey767676OnWhitePassesAt454() {
    double ratio = contrastOnWhite("#767676");
    assertEquals(4.54, ratio, 0.005);
    assertTrue(ratio >= 4.5);
  }

  @Test
  void grey777777OnWhiteFailsJustBelow45() {
    double ratio = contrastOnWhite("#777777");
    assertEquals(4.48, ratio, 0.005);
    assertTrue(ratio < 4.5);
  }

  @Test
  void blackOnWhiteIs21To1() {
    assertEquals(21.0, Color.contrast(Color.BLACK, Color.WHITE), 1e-9);
  }

  @Test
  void contrastIsTheSameEitherWayRound() {
    Color blue = Color.parse("#0b4f9c");
    assertEquals(Color.contrast(blue, Color.WHITE), Color.contrast(Color.WHITE, blue), 1e-12);
  }

  @Test
  void readsShortHex() {
    assertEquals(new Color(0x77, 0x77, 0x77, 1), Color.parse("#777"));
  }

  @Test
  void readsHexWithAlpha() {
    assertEquals(new Color(0, 0, 0, 0x80 / 255.0), Color.parse("#00000080"));
  }

  @Test
  void readsRgbWithCommasAndSpaces() {
    assertEquals(new Color(11, 79, 156, 1), Color.parse("rgb(11, 79, 156)"));
    assertEquals(new Color(11, 79, 156, 0.5), Color.parse("rgb(11 79 156 / 50%)"));
    assertEquals(new Color(11, 79, 156, 0.5), Color.parse("rgba(11,79,156,.5)"));
  }

  @Test
  void readsHsl() {
    assertEquals(new Color(255, 0, 0, 1), Color.parse("hsl(0, 100%, 50%)"));
  }

  @Test
  void readsBasicNamedColours() {
    assertEquals(new Color(0x80, 0x80, 0x80, 1), Color.parse("Gray"));
    assertEquals(Color.TRANSPARENT, Color.parse("transparent"));
  }

  @Test
  void answersNullForColoursItCannotRead() {
    assertNull(Color.parse("darkslategray"));
    assertNull(Color.parse("#12345"));
    assertNull(Color.parse("rgb(1, 2)"));
    assertNull(Color.parse("var(--x)"));
  }

  @Test
  void compositesTranslucentTextOverItsBackground() {
    Color halfBlack = new Color(0, 0, 0, 0.5);
    assertEquals(new Color(128, 128, 128, 1), halfBlack.over(Color.WHITE));
  }

  @Test
  void writesHex() {
    assertEquals("#0b4f9c", Color.parse("rgb(11, 79, 156)").hex());
  }
}
