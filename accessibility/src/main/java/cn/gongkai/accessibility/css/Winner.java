package cn.gongkai.accessibility.css;

/**
 * The declaration that won the cascade for one property of one element.
 *
 * @param priority importance, origin, inline-ness, specificity and source order packed so that a
 *     larger number wins
 */
record Winner(String value, long priority) {

  static long priority(
      boolean important, boolean author, boolean inline, int specificity, int sheet, int order) {
    return (important ? 1L << 62 : 0)
        | (author ? 1L << 61 : 0)
        | (inline ? 1L << 60 : 0)
        | ((long) specificity & 0xFFFFFF) << 30
        | ((long) Math.min(sheet, 0x3FF)) << 20
        | Math.min(order, 0xFFFFF);
  }

  /** The later-winning of two declarations, either of which may be absent. */
  static Winner stronger(Winner a, Winner b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.priority >= b.priority ? a : b;
  }
}
