package cn.gongkai.accessibility.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates CSS math ({@code calc()}, {@code min()}, {@code max()}, {@code clamp()}) once custom
 * properties are substituted: {@code calc(24px * 1)}, {@code calc(44px + 16px)}. Units relative to
 * the viewport or to layout ({@code vw}, {@code %} of a width) make the result NaN.
 */
final class Calc {

  /** Converts a number with a unit ({@code px}, {@code em}, {@code %}…) to CSS px, or NaN. */
  interface Units {
    double px(double number, String unit);
  }

  /** A number or a length: {@code length} tells which. */
  record Quantity(double value, boolean length) {

    static final Quantity INVALID = new Quantity(Double.NaN, false);

    boolean valid() {
      return !Double.isNaN(value);
    }
  }

  private final String text;
  private final Units units;
  private int pos;

  private Calc(String text, Units units) {
    this.text = text.toLowerCase(Locale.ROOT);
    this.units = units;
  }

  /** Whether the value is a math function this class reads. */
  static boolean isMath(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("calc(")
        || v.startsWith("min(")
        || v.startsWith("max(")
        || v.startsWith("clamp(");
  }

  static Quantity evaluate(String expression, Units units) {
    Calc calc = new Calc(expression, units);
    Quantity result = calc.sum();
    calc.skipSpaces();
    return calc.pos == calc.text.length() ? result : Quantity.INVALID;
  }

  private Quantity sum() {
    Quantity left = product();
    while (true) {
      skipSpaces();
      if (!peek('+') && !peek('-')) {
        return left;
      }
      char op = text.charAt(pos++);
      Quantity right = product();
      if (!left.valid() || !right.valid() || left.length() != right.length()) {
        return Quantity.INVALID;
      }
      left =
          new Quantity(
              op == '+' ? left.value() + right.value() : left.value() - right.value(),
              left.length());
    }
  }

  private Quantity product() {
    Quantity left = unary();
    while (true) {
      skipSpaces();
      if (!peek('*') && !peek('/')) {
        return left;
      }
      char op = text.charAt(pos++);
      Quantity right = unary();
      if (!left.valid() || !right.valid()) {
        return Quantity.INVALID;
      }
      if (op == '*') {
        if (left.length() && right.length()) {
          return Quantity.INVALID;
        }
        left = new Quantity(left.value() * right.value(), left.length() || right.length());
      } else {
        if (right.length() || right.value() == 0) {
          return Quantity.INVALID;
        }
        left = new Quantity(left.value() / right.value(), left.length());
      }
    }
  }

  private Quantity unary() {
    skipSpaces();
    if (peek('-') && !startsNumber(pos + 1)) {
      pos++;
      Quantity q = primary();
      return new Quantity(-q.value(), q.length());
    }
    return primary();
  }

  private Quantity primary() {
    skipSpaces();
    if (peek('(')) {
      pos++;
      return closeWith(sum());
    }
    for (String function : new String[] {"calc(", "min(", "max(", "clamp("}) {
      if (text.startsWith(function, pos)) {
        pos += function.length();
        return function.equals("calc(") ? closeWith(sum()) : comparison(function);
      }
    }
    return number();
  }

  private Quantity comparison(String function) {
    List<Quantity> args = new ArrayList<>();
    args.add(sum());
    skipSpaces();
    while (peek(',')) {
      pos++;
      args.add(sum());
      skipSpaces();
    }
    Quantity result = closeWith(args.get(0));
    if (!result.valid()
        || args.stream().anyMatch(a -> !a.valid() || a.length() != args.get(0).length())) {
      return Quantity.INVALID;
    }
    double value =
        switch (function) {
          case "min(" -> args.stream().mapToDouble(Quantity::value).min().orElse(Double.NaN);
          case "max(" -> args.stream().mapToDouble(Quantity::value).max().orElse(Double.NaN);
          default ->
              args.size() == 3
                  ? Math.max(
                      args.get(0).value(), Math.min(args.get(1).value(), args.get(2).value()))
                  : Double.NaN;
        };
    return new Quantity(value, args.get(0).length());
  }

  private Quantity closeWith(Quantity inside) {
    skipSpaces();
    if (!peek(')')) {
      return Quantity.INVALID;
    }
    pos++;
    return inside;
  }

  private Quantity number() {
    int start = pos;
    if (peek('-') || peek('+')) {
      pos++;
    }
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (pos == start) {
      return Quantity.INVALID;
    }
    double number;
    try {
      number = Double.parseDouble(text.substring(start, pos));
    } catch (NumberFormatException e) {
      return Quantity.INVALID;
    }
    int unitStart = pos;
    while (pos < text.length()
        && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '%')) {
      pos++;
    }
    String unit = text.substring(unitStart, pos);
    if (unit.isEmpty()) {
      return new Quantity(number, false);
    }
    double px = units.px(number, unit);
    return Double.isNaN(px) ? Quantity.INVALID : new Quantity(px, true);
  }

  private boolean startsNumber(int at) {
    return at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.');
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
