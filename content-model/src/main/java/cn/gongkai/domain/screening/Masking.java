package cn.gongkai.domain.screening;

import java.util.List;

/**
 * The national masking convention (138****1234, 35*************123, 622202******1234): digits and
 * the X of an ID between the kept head and tail become {@code *}; separators stay. The text keeps
 * its length, so offsets hold in the masked text too.
 */
final class Masking {

  private Masking() {}

  static String apply(String text, List<Detection> detections) {
    char[] chars = text.toCharArray();
    for (Detection detection : detections) {
      if (detection.masked()) {
        mask(chars, detection);
      }
    }
    return new String(chars);
  }

  private static void mask(char[] chars, Detection detection) {
    int total = 0;
    for (int i = detection.start(); i < detection.end(); i++) {
      total += significant(chars[i]) ? 1 : 0;
    }
    int seen = 0;
    for (int i = detection.start(); i < detection.end(); i++) {
      if (significant(chars[i])) {
        if (seen >= detection.keepFirst() && seen < total - detection.keepLast()) {
          chars[i] = '*';
        }
        seen++;
      }
    }
  }

  /** ASCII or full-width digit, or the X that ends some ID numbers. */
  private static boolean significant(char c) {
    return Character.isDigit(c) || c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ';
  }
}
