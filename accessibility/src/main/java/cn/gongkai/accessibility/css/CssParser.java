package cn.gongkai.accessibility.css;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CSSMediaQuery;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.decl.IHasCSSDeclarations;
import com.helger.css.handler.DoNothingCSSParseExceptionCallback;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.DoNothingCSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;

/**
 * Reads stylesheets with ph-css, then keeps what the checker's cascade needs: top-level style rules
 * with the declarations the rules read, and {@code @import}s. Conditional groups ({@code @media},
 * {@code @supports}, {@code @layer} blocks) are skipped: the checker reads the styles every screen
 * gets, which is where a theme puts its colours and design tokens. Parsing is browser-compliant: a
 * broken declaration or rule is dropped and the rest of the sheet still counts.
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

  private static final Set<String> SCREEN_MEDIA = Set.of("all", "screen");

  private static final int MAX_INLINE = 4096;
  private static final Map<String, List<Declaration>> INLINE = new ConcurrentHashMap<>();

  // Quiet handlers: a sheet's syntax errors are the site's business, not log noise per build.
  private static final CSSReaderSettings SETTINGS =
      new CSSReaderSettings()
          .setBrowserCompliantMode(true)
          .setUseSourceLocation(false)
          .setCustomErrorHandler(new DoNothingCSSParseErrorHandler())
          .setCustomExceptionHandler(new DoNothingCSSParseExceptionCallback())
          .setInterpretErrorHandler(new DoNothingCSSInterpretErrorHandler());

  private CssParser() {}

  static StyleSheet parse(String text) {
    CascadingStyleSheet css = CSSReader.readFromStringReader(text, SETTINGS);
    if (css == null) {
      return new StyleSheet(List.of(), List.of()); // unreadable: as a browser, apply nothing
    }
    List<String> imports = new ArrayList<>();
    for (CSSImportRule rule : css.getAllImportRules()) {
      // A media condition limits the import: skip it as @media blocks are skipped.
      if (forScreen(rule.getAllMediaQueries()) && !rule.getLocationString().isEmpty()) {
        imports.add(rule.getLocationString());
      }
    }
    List<StyleRule> rules = new ArrayList<>();
    int[] order = {0};
    for (ICSSTopLevelRule topLevel : css.getAllRules()) {
      if (!(topLevel instanceof CSSStyleRule rule)) {
        continue;
      }
      List<Declaration> declarations = declarations(rule, order);
      if (declarations.isEmpty()) {
        continue;
      }
      for (CSSSelector selector : rule.getAllSelectors()) {
        String sel = selector.getAsCSSString().strip();
        Evaluator matcher = Selectors.compile(sel);
        if (matcher != null) {
          rules.add(new StyleRule(sel, matcher, Selectors.specificity(sel), declarations));
        }
      }
    }
    return new StyleSheet(imports, rules);
  }

  /**
   * The declarations of a {@code style} attribute ({@code color: red; --x: 1px}), in order. Sites
   * repeat the same few attribute texts on many elements and pages, so parsed lists are shared.
   */
  static List<Declaration> declarations(String block) {
    List<Declaration> known = INLINE.get(block);
    if (known != null) {
      return known;
    }
    if (INLINE.size() >= MAX_INLINE) {
      INLINE.clear(); // many distinct texts: keep memory bounded
    }
    return INLINE.computeIfAbsent(block, CssParser::parseDeclarations);
  }

  /**
   * Read as the block of a rule, not with ph-css's declaration-list reader: that reader has no
   * browser-compliant recovery, so one broken declaration would lose the whole attribute.
   */
  private static List<Declaration> parseDeclarations(String block) {
    CascadingStyleSheet css = CSSReader.readFromStringReader("x{" + block + "\n}", SETTINGS);
    if (css == null
        || css.getRuleCount() == 0
        || !(css.getRuleAtIndex(0) instanceof CSSStyleRule rule)) {
      return List.of();
    }
    return List.copyOf(declarations(rule, new int[] {0}));
  }

  /** The declarations the rules read, numbered from {@code order}. */
  private static List<Declaration> declarations(IHasCSSDeclarations<?> block, int[] order) {
    List<Declaration> out = new ArrayList<>();
    for (CSSDeclaration declaration : block.getAllDeclarations()) {
      String name = declaration.getProperty();
      boolean custom = name.startsWith("--");
      String property = custom ? name : name.toLowerCase(Locale.ROOT);
      if (!custom && !PROPERTIES.contains(property)) {
        continue;
      }
      out.add(
          new Declaration(
              property,
              declaration.getExpressionAsCSSString().strip(),
              declaration.isImportant(),
              order[0]++));
    }
    return out;
  }

  private static boolean forScreen(List<CSSMediaQuery> queries) {
    return queries.isEmpty()
        || queries.stream()
            .allMatch(
                query ->
                    !query.hasMediaExpressions()
                        && query.getModifier() == CSSMediaQuery.EModifier.NONE
                        && query.getMedium() != null
                        && SCREEN_MEDIA.contains(query.getMedium().toLowerCase(Locale.ROOT)));
  }
}
