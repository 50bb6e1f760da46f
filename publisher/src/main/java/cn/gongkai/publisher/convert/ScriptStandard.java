package cn.gongkai.publisher.convert;

import java.util.Locale;

/**
 * Which traditional standard the 繁體 variants follow, by OpenCC's configuration names. Taiwan's
 * phrase mode ({@code s2twp}, which turns 发布 into 釋出) is deliberately absent: government text keeps
 * its own words and only changes script.
 */
public enum ScriptStandard {
  /** OpenCC {@code s2t}: traditional characters with OpenCC's phrase dictionary. The default. */
  S2T,
  /** OpenCC {@code s2hk}: Hong Kong variant characters (後台, 總枱). */
  S2HK,
  /** OpenCC {@code s2tw}: Taiwan variant characters, without Taiwan phrase substitutions. */
  S2TW;

  public static ScriptStandard parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown traditional standard '" + name + "': use s2t, s2hk or s2tw.");
    }
  }
}
