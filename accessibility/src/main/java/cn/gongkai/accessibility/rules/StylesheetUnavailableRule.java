package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;

/**
 * Says when a linked stylesheet could not be read: colours, sizes and targets are then unknown and
 * their rules skip the page, which a reviewer must know rather than read as a pass.
 */
public final class StylesheetUnavailableRule implements Rule {

  public static final String ID = "stylesheet-unavailable";

  @Override
  public void check(Page page, Findings findings) {
    for (String href : page.unavailableStyleSheets()) {
      Element link = null;
      for (Element candidate : page.document().getElementsByTag("link")) {
        if (candidate.attr("href").equals(href)) {
          link = candidate;
          break;
        }
      }
      findings.warning(
          ID,
          Criteria.CONTRAST_MINIMUM,
          link != null ? link : page.document().head(),
          "无法读取样式表“" + Dom.shorten(href) + "”，本页未检查颜色对比度、字号行距和点击区域大小",
          "确认样式表随页面一起发布且路径正确；外部网站的样式表请放到本站");
    }
  }
}
