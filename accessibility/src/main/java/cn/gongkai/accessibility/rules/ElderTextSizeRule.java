package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import cn.gongkai.accessibility.css.ComputedStyle;
import cn.gongkai.accessibility.css.PageStyles;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * On elderly-friendly pages the main text is large and airy: font size at least 18pt (24 CSS px)
 * and line height at least 1.3, as computed from the site's CSS.
 */
public final class ElderTextSizeRule implements Rule {

  public static final String ID = "elder-text-size";

  static final double MINIMUM_FONT_PX = 24;
  static final double MINIMUM_LINE_HEIGHT = 1.3;
  private static final double TOLERANCE = 0.01;

  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
  private static final Evaluator HEADING =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, [role=heading]");
  private static final Set<String> NOT_BODY_TEXT =
      Set.of("script", "style", "template", "noscript", "sup", "sub");

  private record LineHeight(String value, boolean normal) {}

  @Override
  public void check(Page page, Findings findings) {
    PageStyles styles = page.styles().orElse(null);
    if (!page.elderly() || page.fragment() || styles == null) {
      return;
    }
    Element main = page.document().selectFirst(MAIN);
    Element scope = main != null ? main : page.document().body();
    Occurrences<String> small = new Occurrences<>();
    Occurrences<LineHeight> tight = new Occurrences<>();
    for (Element element : scope.getAllElements()) {
      if (!Dom.hasOwnText(element)
          || NOT_BODY_TEXT.contains(element.normalName())
          || !styles.isRendered(element)) {
        continue;
      }
      ComputedStyle style = styles.of(element);
      double size = style.fontSizePx();
      if (!Double.isNaN(size) && size < MINIMUM_FONT_PX - TOLERANCE) {
        small.add(format(size), element);
      }
      double lineHeight = style.lineHeightRatio();
      if (!Double.isNaN(lineHeight)
          && lineHeight < MINIMUM_LINE_HEIGHT - TOLERANCE
          && element.closest(HEADING) == null) {
        tight.add(new LineHeight(format(lineHeight), style.lineHeightNormal()), element);
      }
    }
    small.forEach(
        (size, occurrence) ->
            findings.error(
                ID,
                Criteria.ELDERLY,
                occurrence.first(),
                "适老页面正文字号为 " + size + "px，小于要求的 24px（18pt）" + occurrence.countSuffix(),
                "在适老样式中把正文字号设为不小于 24px（18pt），如 html.gk-elder { --gk-font-size-body: 24px }"));
    tight.forEach(
        (lineHeight, occurrence) ->
            findings.error(
                ID,
                Criteria.ELDERLY,
                occurrence.first(),
                "适老页面正文行高为 "
                    + lineHeight.value()
                    + " 倍"
                    + (lineHeight.normal() ? "（未设置或为 normal，按 1.2 计）" : "")
                    + "，小于要求的 1.3 倍"
                    + occurrence.countSuffix(),
                "在适老样式中把正文 line-height 设为不小于 1.3（建议 1.5），段落间距不小于行距的 1.3 倍"));
  }

  private static String format(double value) {
    String s = String.format(Locale.ROOT, "%.2f", value);
    return s.replaceAll("\\.?0+$", "");
  }
}
