package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Every link says where it goes: no empty links, and no bare “点击这里 / 更多 / 详情” unless an {@code
 * aria-label}, {@code aria-labelledby}, {@code aria-describedby} or {@code title} gives the context
 * a screen-reader user hears when links are listed on their own.
 */
public final class LinkPurposeRule implements Rule {

  public static final String ID = "link-purpose";

  private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");
  private static final Pattern NOT_WORD = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\s]+");

  /** Link texts that say nothing without context, normalised (no spaces or punctuation). */
  private static final Set<String> GENERIC =
      Set.of(
          "点击这里",
          "点击此处",
          "点这里",
          "点此",
          "点击",
          "这里",
          "此处",
          "更多",
          "更多内容",
          "查看更多",
          "详情",
          "详细",
          "查看",
          "查看详情",
          "了解更多",
          "阅读更多",
          "阅读全文",
          "全文",
          "进入",
          "链接",
          "下载",
          "clickhere",
          "click",
          "here",
          "more",
          "readmore",
          "learnmore",
          "details",
          "link",
          "download",
          "this");

  @Override
  public void check(Page page, Findings findings) {
    for (Element link : page.document().select(LINKS)) {
      if (link.normalName().equals("area") || Dom.hiddenByMarkup(link)) {
        continue; // an <area> is named by its alt, which image-alt checks
      }
      String name = AccessibleNames.of(link);
      if (name.isEmpty()) {
        findings.error(
            ID,
            Criteria.LINK_PURPOSE,
            link,
            "链接 (href=\"" + Dom.shorten(link.attr("href")) + "\") 没有文字，读屏软件只能读出网址",
            "在链接内写明去向；链接里只有图标或图片时，为图片写 alt，或为链接加 aria-label");
        continue;
      }
      String text = AccessibleNames.content(link);
      if (isGeneric(text) && !hasContext(link)) {
        findings.error(
            ID,
            Criteria.LINK_PURPOSE,
            link,
            "链接文字“" + Dom.shorten(text) + "”没有说明去向",
            "把链接文字写完整（如“更多通知公告”），或用 aria-label 补充说明（如 aria-label=\"更多通知公告\"）");
      }
    }
  }

  private static boolean hasContext(Element link) {
    String label = AccessibleNames.labelledBy(link);
    if (label.isEmpty()) {
      label = link.attr("aria-label").strip();
    }
    return (!label.isEmpty() && !isGeneric(label))
        || !AccessibleNames.referencedText(link, "aria-describedby").isEmpty()
        || (!link.attr("title").isBlank() && !isGeneric(link.attr("title")));
  }

  static boolean isGeneric(String text) {
    return GENERIC.contains(Dom.lower(NOT_WORD.matcher(text).replaceAll("")));
  }
}
