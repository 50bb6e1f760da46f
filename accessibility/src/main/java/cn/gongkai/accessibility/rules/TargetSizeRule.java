package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import cn.gongkai.accessibility.Severity;
import cn.gongkai.accessibility.css.ComputedStyle;
import cn.gongkai.accessibility.css.PageStyles;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Links and buttons are big enough to hit: on elderly-friendly pages at least 60×60 CSS px (an
 * error), elsewhere 44×44 (a warning; WCAG 2.5.5 is AAA). The size is the declared {@code
 * min-width}/{@code width} and {@code min-height}/{@code height}, or, where larger, a lower bound
 * from the element's own text (each Chinese character is one em wide, one line high) plus its
 * padding. Links inside a sentence are exempt, as WCAG allows.
 */
public final class TargetSizeRule implements Rule {

  public static final String ID = "target-size";

  static final double ELDERLY_MINIMUM = 60;
  static final double STANDARD_MINIMUM = 44;

  private static final Evaluator ROLE_TARGETS =
      QueryParser.parse(
          "[role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=menuitem],"
              + " [role=switch]");
  private static final Set<String> NOT_TARGETS = Set.of("iframe", "audio", "video");
  private static final Set<String> BLOCKIFYING =
      Set.of("flex", "inline-flex", "grid", "inline-grid");

  /** What is wrong, for grouping: the same kind of element short in the same way. */
  private record Problem(String tag, boolean inline, boolean narrow, boolean low) {}

  @Override
  public void check(Page page, Findings findings) {
    PageStyles styles = page.styles().orElse(null);
    if (styles == null || page.fragment()) {
      return;
    }
    double minimum = page.elderly() ? ELDERLY_MINIMUM : STANDARD_MINIMUM;
    Occurrences<Problem> problems = new Occurrences<>();
    Map<Problem, double[]> firstSize = new LinkedHashMap<>();
    for (Element target : page.document().body().getAllElements()) {
      if (!isTarget(target) || !styles.isRendered(target)) {
        continue;
      }
      ComputedStyle style = styles.of(target);
      boolean inline = style.display().equals("inline") && !blockified(styles, target);
      double[] size = inline ? new double[] {0, 0} : size(style, target);
      if (Double.isNaN(size[0]) || Double.isNaN(size[1]) || style.display().equals("unknown")) {
        continue; // a percentage or calc(): not knowable without layout
      }
      if (size[0] < minimum || size[1] < minimum) {
        Problem problem =
            new Problem(target.normalName(), inline, size[0] < minimum, size[1] < minimum);
        problems.add(problem, target);
        firstSize.putIfAbsent(problem, size);
      }
    }
    Severity severity = page.elderly() ? Severity.ERROR : Severity.WARNING;
    String criterion = page.elderly() ? Criteria.ELDERLY_TARGET_SIZE : Criteria.TARGET_SIZE;
    problems.forEach(
        (p, occurrence) ->
            findings.add(
                ID,
                criterion,
                severity,
                occurrence.first(),
                "可点击元素 <"
                    + p.tag()
                    + "> "
                    + describe(p, firstSize.get(p))
                    + "，小于"
                    + (page.elderly() ? "适老页面要求的 " : "建议的 ")
                    + px(minimum)
                    + "×"
                    + px(minimum)
                    + " CSS 像素"
                    + occurrence.countSuffix(),
                fix(p, minimum, page.elderly())));
  }

  private static boolean isTarget(Element element) {
    return (Tabbable.is(element) || (element.hasAttr("role") && element.is(ROLE_TARGETS)))
        && !NOT_TARGETS.contains(element.normalName())
        && !inSentence(element)
        && !labelledChoice(element)
        && !Dom.hiddenByMarkup(element);
  }

  /** {@code [width, height]}: declared sizes, or the lower bound from text and padding. */
  private static double[] size(ComputedStyle style, Element target) {
    double declaredWidth = Math.max(style.lengthPx("min-width"), style.lengthPx("width"));
    double declaredHeight = Math.max(style.lengthPx("min-height"), style.lengthPx("height"));
    double fontSize = style.fontSizePx();
    if (Double.isNaN(fontSize)) {
      return new double[] {declaredWidth, declaredHeight};
    }
    String text = target.text();
    double textWidth = fullWidthCharacters(text) * fontSize;
    double lineHeight =
        text.isBlank()
            ? 0
            : style.lineHeightNormal() ? fontSize : style.lineHeightRatio() * fontSize;
    double width = textWidth + style.paddingPx("left") + style.paddingPx("right");
    double height =
        (Double.isNaN(lineHeight) ? 0 : lineHeight)
            + style.paddingPx("top")
            + style.paddingPx("bottom");
    return new double[] {Math.max(declaredWidth, width), Math.max(declaredHeight, height)};
  }

  /** Chinese characters and full-width punctuation: each is at least one em wide in any font. */
  private static int fullWidthCharacters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN
          || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF01 && c <= 0xFF60)) {
        count++;
      }
      i += Character.charCount(c);
    }
    return count;
  }

  private static String describe(Problem p, double[] size) {
    if (p.inline()) {
      return "是行内元素 (display: inline)，声明的最小宽高不起作用";
    }
    return "的点击区域约为 " + px(size[0]) + "×" + px(size[1]) + "（按 min-width/min-height、内边距和文字估算）";
  }

  private static String fix(Problem p, double minimum, boolean elderly) {
    String where = elderly ? "在适老样式 (html.gk-elder …) 中" : "在样式中";
    String what =
        p.narrow() && p.low() ? "min-width 和 min-height" : p.narrow() ? "min-width" : "min-height";
    return where
        + "为链接和按钮设置 "
        + what
        + " 不小于 "
        + px(minimum)
        + "px"
        + (p.inline() ? "，并设为 display: inline-block 或 block（行内元素上的最小宽高不起作用）" : "");
  }

  /** A link inside running text (a sentence, a paragraph) is exempt from the target size. */
  private static boolean inSentence(Element target) {
    if (!target.normalName().equals("a")) {
      return false;
    }
    Element parent = target.parent();
    return target.closest(Dom.PARAGRAPH) != null || (parent != null && Dom.hasOwnText(parent));
  }

  /** A checkbox or radio button with a label: the label is the target. */
  private static boolean labelledChoice(Element target) {
    String type = Dom.lower(target.attr("type"));
    return target.normalName().equals("input")
        && (type.equals("checkbox") || type.equals("radio"))
        && !AccessibleNames.labelText(target).isEmpty();
  }

  /** A child of a flex or grid container is laid out as a block, so min sizes apply. */
  private static boolean blockified(PageStyles styles, Element target) {
    Element parent = target.parent();
    return parent != null
        && !(parent instanceof Document)
        && BLOCKIFYING.contains(styles.of(parent).display());
  }

  private static String px(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
