package cn.gongkai.accessibility.css;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The declared font size, weight and line height of an element, whether they come from their own
 * properties or from the {@code font} shorthand (which resets what it leaves out). Each is null
 * when not declared (inherit) and empty when declared but unknowable.
 */
record FontValues(String size, String weight, String lineHeight) {

  private static final String UNKNOWN = "";
  private static final Set<String> STYLE_KEYWORDS =
      Set.of(
          "normal",
          "italic",
          "oblique",
          "small-caps",
          "ultra-condensed",
          "extra-condensed",
          "condensed",
          "semi-condensed",
          "semi-expanded",
          "expanded",
          "extra-expanded",
          "ultra-expanded");

  static FontValues of(Map<String, Winner> declared, UnaryOperator<String> resolve) {
    Winner shorthand = declared.get("font");
    Winner size = Winner.stronger(declared.get("font-size"), shorthand);
    Winner weight = Winner.stronger(declared.get("font-weight"), shorthand);
    Winner lineHeight = Winner.stronger(declared.get("line-height"), shorthand);
    String[] parts = shorthand == null ? null : shorthand(resolve.apply(shorthand.value()));
    return new FontValues(
        pick(size, shorthand, parts, 0, resolve),
        pick(weight, shorthand, parts, 1, resolve),
        pick(lineHeight, shorthand, parts, 2, resolve));
  }

  private static String pick(
      Winner winner, Winner shorthand, String[] parts, int index, UnaryOperator<String> resolve) {
    if (winner == null) {
      return null;
    }
    if (winner == shorthand) {
      return parts == null ? UNKNOWN : parts[index];
    }
    String value = resolve.apply(winner.value());
    return value == null ? UNKNOWN : value.strip();
  }

  /** {@code [size, weight, line-height]} from a {@code font} shorthand, or null. */
  private static String[] shorthand(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.equalsIgnoreCase("inherit") || v.equalsIgnoreCase("unset")) {
      return new String[] {"inherit", "inherit", "inherit"};
    }
    String weight = "normal";
    List<String> tokens = CssText.tokens(v);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i).toLowerCase(Locale.ROOT);
      if (isWeight(token)) {
        weight = token;
      } else if (!STYLE_KEYWORDS.contains(token)) {
        boolean isSize =
            Lengths.isFontSizeKeyword(token)
                || !Double.isNaN(Lengths.fontSize(token, 16, 16))
                || token.endsWith("%");
        if (!isSize) {
          return null; // a system font (caption, menu…) or something unreadable
        }
        String lineHeight = "normal";
        if (i + 2 < tokens.size() && tokens.get(i + 1).equals("/")) {
          lineHeight = tokens.get(i + 2);
        }
        return new String[] {token, weight, lineHeight};
      }
    }
    return null;
  }

  static boolean isWeight(String token) {
    if (token.equals("bold") || token.equals("bolder") || token.equals("lighter")) {
      return true;
    }
    Double n = Lengths.number(token);
    return n != null && n >= 1 && n <= 1000 && token.indexOf('.') < 0 && n % 100 == 0;
  }

  double size(double parentSize, double rootSize) {
    if (size == null || size.equalsIgnoreCase("inherit") || size.equalsIgnoreCase("unset")) {
      return parentSize;
    }
    if (size.equalsIgnoreCase("initial")) {
      return Lengths.DEFAULT_FONT_SIZE;
    }
    return Lengths.fontSize(size, parentSize, rootSize);
  }

  /** The numeric weight; an unknown weight counts as normal (400). */
  int weight(int parentWeight) {
    if (weight == null || weight.equalsIgnoreCase("inherit") || weight.equalsIgnoreCase("unset")) {
      return parentWeight;
    }
    String w = weight.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "bold" -> 700;
      case "bolder" -> parentWeight < 400 ? 400 : parentWeight < 600 ? 700 : 900;
      case "lighter" -> parentWeight < 600 ? 100 : parentWeight < 800 ? 400 : 700;
      default -> {
        Double n = Lengths.number(w);
        yield n == null ? 400 : n.intValue();
      }
    };
  }
}
