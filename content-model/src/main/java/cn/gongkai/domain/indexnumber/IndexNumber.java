package cn.gongkai.domain.indexnumber;

/**
 * 索引号: the permanent index number of a disclosure item, assigned once when it is published and
 * never changed, e.g. {@code 000014349/2017-00110}. Equal when the text is equal.
 */
public record IndexNumber(String value) {

  public static final int MAX_LENGTH = 64;

  public IndexNumber {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An index number cannot be empty.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The index number '"
              + value
              + "' is "
              + value.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " are allowed.");
    }
    if (value.codePoints().anyMatch(IndexNumber::isSpace)) {
      throw new IllegalArgumentException(
          "The index number '" + value + "' contains a space; index numbers have none.");
    }
  }

  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  @Override
  public String toString() {
    return value;
  }
}
