package cn.gongkai.accessibility.css;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Turns CSS selectors into jsoup matchers. Only selectors that describe the page at rest are kept:
 * states ({@code :hover}, {@code :focus}) and pseudo-elements ({@code ::before}) are dropped, as is
 * anything jsoup cannot parse.
 */
final class Selectors {

  private static final Pattern PSEUDO_ELEMENT =
      Pattern.compile(
          "::|:(before|after|first-line|first-letter|placeholder|selection|marker)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile(":(any-)?link\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> ARGUMENT_COUNTS = Set.of("not", "is", "has", "matches");

  private Selectors() {}

  /** A matcher for the selector, or null when it is dropped. */
  static Evaluator compile(String selector) {
    if (selector.isEmpty() || PSEUDO_ELEMENT.matcher(selector).find()) {
      return null;
    }
    // A static page has no visited history: every link is an unvisited :link.
    String query = LINK.matcher(selector).replaceAll("[href]");
    try {
      return QueryParser.parse(query);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Specificity packed as {@code ids << 16 | classes << 8 | types}, each capped at 255. */
  static int specificity(String selector) {
    int ids = 0;
    int classes = 0;
    int types = 0;
    int i = 0;
    int n = selector.length();
    while (i < n) {
      char c = selector.charAt(i);
      if (c == '#') {
        ids++;
        i = endOfIdent(selector, i + 1);
      } else if (c == '.') {
        classes++;
        i = endOfIdent(selector, i + 1);
      } else if (c == '[') {
        classes++;
        i = skipBalanced(selector, i, '[', ']');
      } else if (c == ':') {
        int start = i + 1;
        int end = endOfIdent(selector, start);
        String name = selector.substring(start, end).toLowerCase(Locale.ROOT);
        boolean hasArgs = end < n && selector.charAt(end) == '(';
        if (hasArgs && ARGUMENT_COUNTS.contains(name)) {
          i = end + 1; // count what is inside, as the arguments' specificity
        } else if (hasArgs) {
          if (!name.equals("where")) {
            classes++;
          }
          i = skipBalanced(selector, end, '(', ')');
        } else {
          classes++;
          i = end;
        }
      } else if (isIdentStart(c)) {
        types++;
        i = endOfIdent(selector, i);
      } else {
        i++;
      }
    }
    return Math.min(ids, 255) << 16 | Math.min(classes, 255) << 8 | Math.min(types, 255);
  }

  /**
   * The bucket a rule goes in, from the last compound of its selector: {@code #id}, {@code .class},
   * a tag name, or {@code *} when none can be read safely.
   */
  static String key(String selector) {
    String s = selector.strip();
    int start = 0;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && (Character.isWhitespace(c) || c == '>' || c == '+' || c == '~')) {
        start = i + 1;
      }
    }
    String last = s.substring(start);
    if (last.indexOf('\\') >= 0) {
      return "*";
    }
    String tag = null;
    String firstClass = null;
    int i = 0;
    depth = 0;
    while (i < last.length()) {
      char c = last.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
        i++;
      } else if (c == ')' || c == ']') {
        depth--;
        i++;
      } else if (depth == 0 && c == '#') {
        int end = endOfIdent(last, i + 1);
        return end > i + 1 ? last.substring(i, end) : "*";
      } else if (depth == 0 && c == '.' && firstClass == null) {
        int end = endOfIdent(last, i + 1);
        // jsoup matches class names case-insensitively, so the buckets are lower-case too.
        firstClass = end > i + 1 ? last.substring(i, end).toLowerCase(Locale.ROOT) : null;
        i = Math.max(end, i + 1);
      } else if (depth == 0 && i == 0 && isIdentStart(c)) {
        int end = endOfIdent(last, i);
        tag = last.substring(i, end).toLowerCase(Locale.ROOT);
        i = end;
      } else if (depth == 0 && c == ':') {
        i = Math.max(endOfIdent(last, i + 1), i + 1);
      } else {
        i++;
      }
    }
    return firstClass != null ? firstClass : tag != null ? tag : "*";
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '-' || c > 0x7f;
  }

  private static int endOfIdent(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 0x7f) {
        i++;
      } else if (c == '\\') {
        i += 2;
      } else {
        break;
      }
    }
    return Math.min(i, s.length());
  }

  private static int skipBalanced(String s, int open, char opening, char closing) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }
}
