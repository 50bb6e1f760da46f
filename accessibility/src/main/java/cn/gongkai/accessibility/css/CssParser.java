package cn.gongkai.accessibility.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.select.Evaluator;

/**
 * A deliberately small CSS parser: style rules and their declarations, {@code @import}. Conditional
 * groups ({@code @media}, {@code @supports}, {@code @layer} blocks) are skipped: the checker reads
 * the styles every screen gets, which is where a theme puts its colours and design tokens.
 */
final class CssParser {

  /** Properties the rules read; others are dropped at parse time to keep the cascade small. */
  static final Set<String> PROPERTIES =
      Set.of(
          "color",
          "background",
          "background-color",
          "background-image",
          "font",
          "font-size",
          "font-weight",
          "line-height",
          "display",
          "visibility",
          "width",
          "height",
          "min-width",
          "min-height",
          "padding",
          "padding-top",
          "padding-right",
          "padding-bottom",
          "padding-left");

  private CssParser() {}

  static StyleSheet parse(String text) {
    String css = CssText.stripComments(text);
    List<String> imports = new ArrayList<>();
    List<StyleRule> rules = new ArrayList<>();
    int[] order = {0};
    int i = 0;
    while (i < css.length()) {
      char c = css.charAt(i);
      if (Character.isWhitespace(c) || c == '}' || c == ';') {
        i++;
      } else if (c == '@') {
        int end = CssText.indexAtTopLevel(css, i, ';', '{');
        if (end < 0) {
          break;
        }
        String prelude = css.substring(i, end).strip();
        if (css.charAt(end) == ';') {
          importHref(prelude).ifPresent(imports::add);
          i = end + 1;
        } else {
          i = CssText.matchingBrace(css, end) + 1;
        }
      } else {
        int open = CssText.indexAtTopLevel(css, i, '{');
        if (open < 0) {
          break;
        }
        int close = CssText.matchingBrace(css, open);
        String prelude = css.substring(i, open);
        String block = css.substring(open + 1, Math.min(close, css.length()));
        List<Declaration> declarations = declarations(block, order);
        if (!declarations.isEmpty()) {
          for (String selector : CssText.splitTopLevel(prelude, ',')) {
            String sel = selector.strip();
            Evaluator matcher = Selectors.compile(sel);
            if (matcher != null) {
              rules.add(new StyleRule(sel, matcher, Selectors.specificity(sel), declarations));
            }
          }
        }
        i = close + 1;
      }
    }
    return new StyleSheet(imports, rules);
  }

  /** The declarations of a block ({@code color: red; --x: 1px}), numbered from {@code order}. */
  static List<Declaration> declarations(String block, int[] order) {
    List<Declaration> out = new ArrayList<>();
    for (String part : CssText.splitTopLevel(block, ';')) {
      int colon = part.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = part.substring(0, colon).strip();
      boolean custom = name.startsWith("--");
      String property = custom ? name : name.toLowerCase(Locale.ROOT);
      if (!custom && !PROPERTIES.contains(property)) {
        continue;
      }
      String value = part.substring(colon + 1).strip();
      boolean important = false;
      int bang = value.lastIndexOf('!');
      if (bang >= 0 && value.substring(bang + 1).strip().equalsIgnoreCase("important")) {
        important = true;
        value = value.substring(0, bang).strip();
      }
      out.add(new Declaration(property, value, important, order[0]++));
    }
    return out;
  }

  /** The href of {@code @import url(x.css)} (or with a screen/all condition); else empty. */
  private static Optional<String> importHref(String prelude) {
    if (!prelude.regionMatches(true, 0, "@import", 0, 7)) {
      return Optional.empty();
    }
    List<String> tokens = CssText.tokens(prelude.substring(7));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    String href = unquote(tokens.get(0));
    String condition = String.join(" ", tokens.subList(1, tokens.size()));
    // A media or supports condition limits the import: skip it as @media blocks are skipped.
    boolean forScreen =
        condition.isEmpty()
            || condition.equalsIgnoreCase("screen")
            || condition.equalsIgnoreCase("all");
    return href.isEmpty() || !forScreen ? Optional.empty() : Optional.of(href);
  }

  /** {@code url("a.css")}, {@code url(a.css)}, {@code "a.css"} → {@code a.css}. */
  static String unquote(String token) {
    String t = token.strip();
    if (t.regionMatches(true, 0, "url(", 0, 4) && t.endsWith(")")) {
      t = t.substring(4, t.length() - 1).strip();
    }
    if (t.length() >= 2
        && (t.charAt(0) == '"' || t.charAt(0) == '\'')
        && t.charAt(t.length() - 1) == t.charAt(0)) {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }
}
