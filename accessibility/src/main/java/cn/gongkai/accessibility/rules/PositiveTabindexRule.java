package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** No positive {@code tabindex}: it pulls an element ahead of the reading order for Tab. */
public final class PositiveTabindexRule implements Rule {

  public static final String ID = "positive-tabindex";

  private static final Evaluator WITH_TABINDEX = QueryParser.parse("[tabindex]");

  @Override
  public void check(Page page, Findings findings) {
    for (Element element : page.document().select(WITH_TABINDEX)) {
      Integer tabindex = Dom.intAttr(element, "tabindex");
      if (tabindex != null && tabindex > 0) {
        findings.warning(
            ID,
            Criteria.FOCUS_ORDER,
            element,
            Dom.describe(element) + " 使用了 tabindex=\"" + tabindex + "\"，会打乱键盘 Tab 的顺序",
            "改用 tabindex=\"0\"（或去掉 tabindex），用元素在页面中的先后位置决定 Tab 顺序");
      }
    }
  }
}
