package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariantTest {

  @Test
  void eachVariantLivesUnderItsOwnPrefix() {
    assertEquals("", Variant.SIMPLIFIED.prefix());
    assertEquals("zh-hant/", Variant.TRADITIONAL.prefix());
    assertEquals("elder/", Variant.ELDER_SIMPLIFIED.prefix());
    assertEquals("elder/zh-hant/", Variant.ELDER_TRADITIONAL.prefix());
  }

  @Test
  void traditionalVariantsAreTaggedZhHant() {
    assertEquals("zh-Hant", Variant.TRADITIONAL.lang());
    assertEquals("zh-Hant", Variant.ELDER_TRADITIONAL.lang());
    assertEquals("zh-Hans", Variant.ELDER_SIMPLIFIED.lang());
    assertTrue(Variant.ELDER_TRADITIONAL.traditional());
    assertFalse(Variant.ELDER_SIMPLIFIED.traditional());
  }

  @Test
  void otherScriptKeepsTheMode() {
    assertEquals(Variant.TRADITIONAL, Variant.SIMPLIFIED.otherScript());
    assertEquals(Variant.ELDER_SIMPLIFIED, Variant.ELDER_TRADITIONAL.otherScript());
  }

  @Test
  void otherModeKeepsTheScript() {
    assertEquals(Variant.ELDER_SIMPLIFIED, Variant.SIMPLIFIED.otherMode());
    assertEquals(Variant.TRADITIONAL, Variant.ELDER_TRADITIONAL.otherMode());
  }

  @Test
  void ofFindsTheVariantByModeAndScript() {
    for (Variant variant : Variant.values()) {
      assertEquals(variant, Variant.of(variant.elderly(), variant.traditional()));
    }
  }
}
