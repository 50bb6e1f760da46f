package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import cn.gongkai.accessibility.Severity;
import cn.gongkai.accessibility.css.Color;
import cn.gongkai.accessibility.css.ComputedStyle;
import cn.gongkai.accessibility.css.PageStyles;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Text stands out from its background: 4.5:1, or 3:1 for large text (≥ 18pt, or ≥ 14pt bold). On
 * elderly-friendly pages all text needs 4.5:1, and below 7:1 is a warning. Colours come from the
 * page's stylesheets with design tokens resolved ({@code :root} and {@code html.gk-elder}); text
 * over an image, a gradient or a colour that cannot be read is skipped, not guessed.
 */
public final class ColorContrastRule implements Rule {

  public static final String ID = "color-contrast";

  static final double NORMAL = 4.5;
  static final double LARGE = 3;
  static final double ENHANCED = 7;
  private static final double LARGE_PX = 24; // 18pt
  private static final double LARGE_BOLD_PX = 14 * 96 / 72.0; // 14pt
  private static final Set<String> NOT_TEXT =
      Set.of("script", "style", "template", "noscript", "title", "option", "textarea");

  private record Problem(
      String foreground,
      String background,
      double ratio,
      double required,
      Severity severity,
      String source) {}

  @Override
  public void check(Page page, Findings findings) {
    PageStyles styles = page.styles().orElse(null);
    if (styles == null || page.fragment()) {
      return;
    }
    Occurrences<Problem> problems = new Occurrences<>();
    for (Element element : page.document().body().getAllElements()) {
      if (!Dom.hasOwnText(element)
          || NOT_TEXT.contains(element.normalName())
          || element.closest(Dom.DISABLED) != null
          || !styles.isRendered(element)) {
        continue;
      }
      Problem problem = problem(styles, element, page.elderly());
      if (problem != null) {
        problems.add(problem, element);
      }
    }
    problems.forEach(
        (p, occurrence) ->
            findings.add(
                ID,
                p.severity() == Severity.ERROR
                    ? Criteria.CONTRAST_MINIMUM
                    : Criteria.CONTRAST_ENHANCED,
                p.severity(),
                occurrence.first(),
                "文字颜色 "
                    + p.foreground()
                    + " 与背景色 "
                    + p.background()
                    + " 的对比度为 "
                    + format(p.ratio())
                    + ":1，低于 "
                    + format(p.required())
                    + ":1"
                    + occurrence.countSuffix()
                    + (p.source() == null || !p.source().contains("var(")
                        ? ""
                        : "；文字颜色来自样式 color: " + Dom.shorten(p.source())),
                fix(p, page.elderly())));
  }

  private static Problem problem(PageStyles styles, Element element, boolean elderly) {
    ComputedStyle style = styles.of(element);
    Color text = style.color();
    Color background = styles.backgroundBehind(element);
    if (text == null || background == null) {
      return null;
    }
    Color shown = text.over(background);
    double ratio = Color.contrast(shown, background);
    double required;
    Severity severity = Severity.ERROR;
    if (elderly) {
      required = ratio < NORMAL ? NORMAL : ENHANCED;
      severity = ratio < NORMAL ? Severity.ERROR : Severity.WARNING;
    } else {
      double size = style.fontSizePx();
      if (Double.isNaN(size)) {
        // Unknown size: only what fails even as large text, or passes even as normal text, is sure.
        required = ratio < LARGE ? LARGE : NORMAL;
        if (ratio >= LARGE) {
          return null;
        }
      } else {
        boolean large = size >= LARGE_PX || (style.fontWeight() >= 700 && size >= LARGE_BOLD_PX);
        required = large ? LARGE : NORMAL;
      }
    }
    if (ratio >= required) {
      return null;
    }
    return new Problem(
        shown.hex(), background.hex(), floor(ratio), required, severity, style.colorDeclaration());
  }

  private static String fix(Problem p, boolean elderly) {
    String tokens = "；颜色来自设计令牌 (--gk-…) 时修改令牌的值";
    if (elderly) {
      return p.severity() == Severity.ERROR
          ? "适老页面所有文字与背景的对比度至少 4.5:1：加深文字颜色或调整背景色，在 html.gk-elder 的令牌中修改" + tokens
          : "适老页面建议文字与背景的对比度达到 7:1：加深文字颜色或调整背景色" + tokens;
    }
    return "加深文字颜色或调整背景色，使对比度至少达到 " + format(p.required()) + ":1" + tokens;
  }

  /** Ratios are cut, never rounded up: 4.499 must not read as 4.50. */
  static double floor(double ratio) {
    return Math.floor(ratio * 100) / 100;
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "");
  }
}
