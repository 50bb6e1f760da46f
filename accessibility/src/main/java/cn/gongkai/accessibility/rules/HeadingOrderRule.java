package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Headings outline the page: one {@code h1}, no level skipped on the way down (h2 → h4), none
 * empty. In an editor's body the page title is already the {@code h1}, so the body starts at h2.
 */
public final class HeadingOrderRule implements Rule {

  public static final String ID = "heading-order";

  private static final Evaluator HEADINGS =
      QueryParser.parse("h1, h2, h3, h4, h5, h6, [role=heading]");

  private record Heading(Element element, int level) {}

  @Override
  public void check(Page page, Findings findings) {
    List<Heading> headings = headings(page);
    List<Heading> h1s = headings.stream().filter(h -> h.level() == 1).toList();
    if (page.fragment()) {
      for (Heading h1 : h1s) {
        findings.warning(
            ID,
            Criteria.HEADINGS_AND_LABELS,
            h1.element(),
            "正文中使用了一级标题 (h1)",
            "页面标题已经是一级标题，正文的小标题从二级标题 (h2) 开始");
      }
    } else if (h1s.isEmpty()) {
      findings.error(
          ID,
          Criteria.HEADINGS_AND_LABELS,
          page.document().body(),
          "页面没有一级标题 (h1)",
          "把页面的主标题（如文件标题）标为 <h1>，每页一个");
    } else if (h1s.size() > 1) {
      findings.warning(
          ID,
          Criteria.HEADINGS_AND_LABELS,
          h1s.get(1).element(),
          "页面有 " + h1s.size() + " 个一级标题 (h1)",
          "只把页面主标题标为 <h1>，网站名称等其他标题改用其他元素或更低级别");
    }
    int previous = 0;
    for (Heading heading : headings) {
      if (AccessibleNames.of(heading.element()).isEmpty()) {
        findings.error(
            ID,
            Criteria.HEADINGS_AND_LABELS,
            heading.element(),
            "标题 (h" + heading.level() + ") 没有文字",
            "为标题写上文字，或删除这个空标题");
      }
      if (previous > 0 && heading.level() > previous + 1) {
        findings.error(
            ID,
            Criteria.INFO_AND_RELATIONSHIPS,
            heading.element(),
            "标题级别从 h" + previous + " 跳到了 h" + heading.level(),
            "改用 h" + (previous + 1) + "，或补上中间缺少的级别；不要为了字号大小选择标题级别，字号用样式调整");
      }
      previous = heading.level();
    }
  }

  private static List<Heading> headings(Page page) {
    List<Heading> headings = new ArrayList<>();
    for (Element element : page.document().select(HEADINGS)) {
      if (Dom.hiddenByMarkup(element)) {
        continue;
      }
      int level;
      if (Dom.lower(element.attr("role")).equals("heading")) {
        Integer ariaLevel = Dom.intAttr(element, "aria-level");
        level = ariaLevel != null && ariaLevel >= 1 ? ariaLevel : 2;
      } else {
        level = element.normalName().charAt(1) - '0';
      }
      headings.add(new Heading(element, level));
    }
    return headings;
  }
}
