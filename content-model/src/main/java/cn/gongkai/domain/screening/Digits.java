package cn.gongkai.domain.screening;

/**
 * The cheap test in front of the number patterns: a text with fewer ASCII digits than a number of
 * that kind has cannot hold one, and most titles and bodies have a handful of digits (dates,
 * article numbers) — so the regular expressions, which try a match at every character, run only on
 * the texts that need them. Screening is a gate on every item of every publication.
 */
final class Digits {
  private Digits() {}

  /** Whether {@code text} holds at least {@code count} ASCII digits, anywhere. */
  static boolean atLeast(String text, int count) {
    int seen = 0;
    for (int i = 0; i < text.length() && seen < count; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        seen++;
      }
    }
    return seen >= count;
  }
}
