package cn.gongkai.domain.screening;

/**
 * A text and a copy of it of the same length in which full-width digits, letters, signs and spaces
 * (１３８, Ｘ, －, 　) are their ASCII forms, so one set of patterns finds both and every offset holds in
 * the original.
 */
final class ScreeningText {

  private final String original;
  private final String normalised;

  ScreeningText(String original) {
    this.original = original;
    StringBuilder copy = new StringBuilder(original.length());
    for (int i = 0; i < original.length(); i++) {
      copy.append(normalise(original.charAt(i)));
    }
    this.normalised = copy.toString();
  }

  private static char normalise(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
      return ' ';
    }
    return c;
  }

  String original() {
    return original;
  }

  String normalised() {
    return normalised;
  }

  int lineStart(int offset) {
    int i = offset;
    while (i > 0 && !isLineBreak(original.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  int lineEnd(int offset) {
    int i = offset;
    while (i < original.length() && !isLineBreak(original.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
