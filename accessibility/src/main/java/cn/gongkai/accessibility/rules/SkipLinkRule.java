package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;

/**
 * A keyboard user can bypass the header: the first element Tab reaches is a link to an element that
 * exists on the page (跳到主要内容).
 */
public final class SkipLinkRule implements Rule {

  public static final String ID = "skip-link";

  private static final String FIX =
      "在 <body> 开头放置 <a class=\"gk-skip-link\" href=\"#main-content\">跳到主要内容</a>，"
          + "并给 <main> 设置 id=\"main-content\"";

  @Override
  public void check(Page page, Findings findings) {
    Element first = page.document().body().selectFirst(Tabbable.INSTANCE);
    if (first == null) {
      return; // nothing to tab through, nothing to bypass
    }
    String href = first.attr("href").strip();
    if (!first.normalName().equals("a") || !href.startsWith("#") || href.length() < 2) {
      findings.error(
          ID,
          Criteria.BYPASS_BLOCKS,
          first,
          "页面第一个可用 Tab 键到达的元素 " + Dom.describe(first) + " 不是“跳到主要内容”链接",
          FIX);
      return;
    }
    String id = URLDecoder.decode(href.substring(1), StandardCharsets.UTF_8);
    if (page.document().getElementById(id) == null) {
      findings.error(
          ID,
          Criteria.BYPASS_BLOCKS,
          first,
          "跳转链接指向的 " + Dom.shorten(href) + " 在页面上不存在",
          "让链接指向主体内容区域的 id，如 <main id=\"" + Dom.shorten(id) + "\">");
    }
  }
}
