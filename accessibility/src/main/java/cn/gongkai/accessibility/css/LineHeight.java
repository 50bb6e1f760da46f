package cn.gongkai.accessibility.css;

import java.util.Locale;

/**
 * A computed line height: a factor of the font size (unitless numbers and {@code normal}, which
 * children inherit as factors) or a length in px (fixed when declared, as browsers do).
 */
record LineHeight(double factor, double px, boolean normal) {

  /** Browsers' {@code normal} depends on the font; about 1.2 for common Chinese fonts. */
  static final LineHeight NORMAL = new LineHeight(1.2, Double.NaN, true);

  /** The line height declared as {@code value} (null: inherited) for an element. */
  static LineHeight of(String value, LineHeight parent, double fontSize, double rootFontSize) {
    if (value == null || value.equalsIgnoreCase("inherit") || value.equalsIgnoreCase("unset")) {
      return parent == null ? NORMAL : parent;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("normal") || v.equals("initial")) {
      return NORMAL;
    }
    Double number = Lengths.number(v);
    if (number != null) {
      return factor(number);
    }
    if (Calc.isMath(v)) {
      Calc.Quantity q = Calc.evaluate(v, Lengths.units(fontSize, rootFontSize, fontSize));
      if (!q.valid()) {
        return unknown();
      }
      return q.length() ? length(q.value()) : factor(q.value());
    }
    if (v.endsWith("%")) {
      Double percent = Lengths.number(v.substring(0, v.length() - 1));
      return percent == null ? unknown() : length(percent * fontSize / 100);
    }
    return length(Lengths.px(v, fontSize, rootFontSize));
  }

  /** Line height divided by {@code fontSize}, or NaN. */
  double ratio(double fontSize) {
    return Double.isNaN(factor) ? px / fontSize : factor;
  }

  private static LineHeight factor(double factor) {
    return new LineHeight(factor, Double.NaN, false);
  }

  private static LineHeight length(double px) {
    return new LineHeight(Double.NaN, px, false);
  }

  private static LineHeight unknown() {
    return new LineHeight(Double.NaN, Double.NaN, false);
  }
}
