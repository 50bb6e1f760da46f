package cn.gongkai.accessibility.css;

import java.util.ArrayList;
import java.util.List;

/**
 * Scanning helpers for declared values ({@code var()} arguments, shorthand parts) that respect
 * strings, brackets and parentheses. Stylesheets themselves are read by ph-css ({@link CssParser}).
 */
final class CssText {

  private CssText() {}

  /** The index just past the string literal that opens at {@code start}. */
  private static int endOfString(String s, int start) {
    char quote = s.charAt(start);
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return s.length();
  }

  /**
   * The index of the first {@code target} at nesting depth 0 from {@code from}, or -1. Strings,
   * parentheses and brackets nest; braces nest too unless {@code target} is a brace.
   */
  static int indexAtTopLevel(String s, int from, char... targets) {
    int depth = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (depth == 0 && isOneOf(c, targets)) {
        return i;
      }
      switch (c) {
        case '"', '\'' -> {
          i = endOfString(s, i);
          continue;
        }
        case '\\' -> i++;
        case '(', '[' -> depth++;
        case ')', ']' -> depth = Math.max(0, depth - 1);
        case '{' -> depth++;
        case '}' -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      i++;
    }
    return -1;
  }

  /** Splits at {@code separator} where it is not inside a string, parentheses or brackets. */
  static List<String> splitTopLevel(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (true) {
      int at = indexAtTopLevel(s, start, separator);
      if (at < 0) {
        parts.add(s.substring(start));
        return parts;
      }
      parts.add(s.substring(start, at));
      start = at + 1;
    }
  }

  /** Splits a value into its space-separated tokens, keeping {@code rgb(1, 2, 3)} whole. */
  static List<String> tokens(String value) {
    List<String> tokens = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (depth == 0 && (Character.isWhitespace(c) || c == '/')) {
        if (current.length() > 0) {
          tokens.add(current.toString());
          current.setLength(0);
        }
        if (c == '/') {
          tokens.add("/");
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static boolean isOneOf(char c, char[] targets) {
    for (char t : targets) {
      if (c == t) {
        return true;
      }
    }
    return false;
  }
}
