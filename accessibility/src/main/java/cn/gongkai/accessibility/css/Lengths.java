package cn.gongkai.accessibility.css;

import java.util.Locale;
import java.util.Map;

/** CSS lengths in CSS pixels; NaN for what a static reading cannot know (%, calc(), vw…). */
final class Lengths {

  static final double DEFAULT_FONT_SIZE = 16;

  private static final Map<String, Double> FONT_SIZE_KEYWORDS =
      Map.of(
          "xx-small", 9.0,
          "x-small", 10.0,
          "small", 13.0,
          "medium", 16.0,
          "large", 18.0,
          "x-large", 24.0,
          "xx-large", 32.0,
          "xxx-large", 48.0);

  private Lengths() {}

  /**
   * A length: {@code px}, {@code pt}, {@code pc}, {@code in}, {@code cm}, {@code mm}, {@code em}
   * (of {@code fontSize}), {@code rem} (of {@code rootFontSize}), a bare 0.
   */
  static double px(String value, double fontSize, double rootFontSize) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (Calc.isMath(v)) {
      return math(v, fontSize, rootFontSize, Double.NaN);
    }
    int unitStart = unitStart(v);
    if (unitStart <= 0) {
      return Double.NaN;
    }
    double number;
    try {
      number = Double.parseDouble(v.substring(0, unitStart));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
    return switch (v.substring(unitStart)) {
      case "px" -> number;
      case "pt" -> number * 96 / 72;
      case "pc" -> number * 16;
      case "in" -> number * 96;
      case "cm" -> number * 96 / 2.54;
      case "mm" -> number * 96 / 25.4;
      case "em" -> number * fontSize;
      case "rem" -> number * rootFontSize;
      case "" -> number == 0 ? 0 : Double.NaN;
      default -> Double.NaN;
    };
  }

  /** A font size: a length, a percentage of the parent's, or a keyword. */
  static double fontSize(String value, double parentSize, double rootFontSize) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Double keyword = FONT_SIZE_KEYWORDS.get(v);
    if (keyword != null) {
      return keyword;
    }
    if (v.equals("larger")) {
      return parentSize * 1.2;
    }
    if (v.equals("smaller")) {
      return parentSize / 1.2;
    }
    if (Calc.isMath(v)) {
      return math(v, parentSize, rootFontSize, parentSize);
    }
    if (v.endsWith("%")) {
      Double number = number(v.substring(0, v.length() - 1));
      return number == null ? Double.NaN : number * parentSize / 100;
    }
    return px(v, parentSize, rootFontSize);
  }

  /**
   * A {@code calc()}-style length in px, with {@code em} of {@code fontSize} and {@code %} of
   * {@code percentBase} (NaN where a percentage cannot be known); NaN unless the result is a
   * length.
   */
  static double math(String value, double fontSize, double rootFontSize, double percentBase) {
    Calc.Quantity q = Calc.evaluate(value, units(fontSize, rootFontSize, percentBase));
    return q.valid() && (q.length() || q.value() == 0) ? q.value() : Double.NaN;
  }

  /** Unit conversion for {@link Calc}, relative to the given sizes. */
  static Calc.Units units(double fontSize, double rootFontSize, double percentBase) {
    return (number, unit) ->
        unit.equals("%") ? number * percentBase / 100 : px(number + unit, fontSize, rootFontSize);
  }

  /** A plain number such as {@code 1.5}, or null. */
  static Double number(String value) {
    String v = value.strip();
    if (v.isEmpty() || unitStart(v) != v.length()) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean isFontSizeKeyword(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    return FONT_SIZE_KEYWORDS.containsKey(t) || t.equals("larger") || t.equals("smaller");
  }

  private static int unitStart(String v) {
    int i = 0;
    if (i < v.length() && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
      i++;
      digits++;
    }
    return digits == 0 ? -1 : i;
  }
}
