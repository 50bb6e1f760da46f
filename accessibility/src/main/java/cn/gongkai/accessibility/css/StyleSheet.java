package cn.gongkai.accessibility.css;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A parsed stylesheet: its rules, bucketed by the last part of their selector (id, class, tag) so
 * that finding the rules for an element tries a handful of selectors instead of all of them, and
 * the {@code @import}s it starts with. Immutable and shared across pages and threads.
 */
public final class StyleSheet {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final List<String> imports;
  private final Map<String, List<StyleRule>> byKey = new HashMap<>();
  private final List<StyleRule> universal = new ArrayList<>();
  private final int size;

  StyleSheet(List<String> imports, List<StyleRule> rules) {
    this.imports = List.copyOf(imports);
    for (StyleRule rule : rules) {
      String key = Selectors.key(rule.selector());
      if (key.equals("*")) {
        universal.add(rule);
      } else {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
      }
    }
    this.size = rules.size();
  }

  public static StyleSheet parse(String css) {
    return CssParser.parse(css);
  }

  /** The hrefs of the sheet's {@code @import}s, in order, as written. */
  public List<String> imports() {
    return imports;
  }

  /** How many selector rules the sheet holds. */
  public int size() {
    return size;
  }

  /** Hands every rule whose selector matches {@code element} to {@code sink}. */
  void forEachMatch(Element element, Consumer<StyleRule> sink) {
    match(universal, element, sink);
    match(byKey.get(element.normalName()), element, sink);
    String id = element.id();
    if (!id.isEmpty()) {
      match(byKey.get("#" + id), element, sink);
    }
    String classes = element.className();
    if (!classes.isEmpty()) {
      for (String name : WHITESPACE.split(classes.toLowerCase(Locale.ROOT))) {
        if (!name.isEmpty()) {
          match(byKey.get("." + name), element, sink);
        }
      }
    }
  }

  private static void match(List<StyleRule> rules, Element element, Consumer<StyleRule> sink) {
    if (rules == null) {
      return;
    }
    for (StyleRule rule : rules) {
      if (element.is(rule.matcher())) {
        sink.accept(rule);
      }
    }
  }
}
