package cn.gongkai.accessibility.css;

import java.util.List;
import java.util.function.Function;

/** Substitutes {@code var(--name, fallback)} references in a declared value. */
final class Vars {

  private static final int MAX_REFERENCES = 64;

  private Vars() {}

  /**
   * The value with every {@code var()} replaced, or null when one has no value and no fallback.
   * {@code lookup} answers a custom property's already-substituted value, or null.
   */
  static String substitute(String value, Function<String, String> lookup) {
    String current = value;
    for (int n = 0; current != null && n < MAX_REFERENCES; n++) {
      int at = current.indexOf("var(");
      if (at < 0) {
        return current;
      }
      int close = CssText.indexAtTopLevel(current, at + 4, ')');
      if (close < 0) {
        return null;
      }
      String inside = current.substring(at + 4, close);
      List<String> args = CssText.splitTopLevel(inside, ',');
      String replacement = lookup.apply(args.get(0).strip());
      if (replacement == null && args.size() > 1) {
        replacement = substitute(inside.substring(args.get(0).length() + 1).strip(), lookup);
      }
      current =
          replacement == null
              ? null
              : current.substring(0, at) + replacement + current.substring(close + 1);
    }
    return current != null && current.contains("var(") ? null : current;
  }
}
