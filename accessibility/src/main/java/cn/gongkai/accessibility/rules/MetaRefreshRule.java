package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * No timed refresh or redirect: the page must not reload or move away while someone is still
 * reading it. An immediate redirect (delay 0) is allowed.
 */
public final class MetaRefreshRule implements Rule {

  public static final String ID = "meta-refresh";

  private static final Evaluator REFRESH = QueryParser.parse("meta[http-equiv~=(?i)^refresh$]");

  @Override
  public void check(Page page, Findings findings) {
    for (Element meta : page.document().select(REFRESH)) {
      String content = meta.attr("content").strip();
      int end = 0;
      while (end < content.length()
          && (Character.isDigit(content.charAt(end)) || content.charAt(end) == '.')) {
        end++;
      }
      double delay;
      try {
        delay = end == 0 ? 0 : Double.parseDouble(content.substring(0, end));
      } catch (NumberFormatException e) {
        continue;
      }
      if (delay > 0) {
        boolean redirect = Dom.lower(content).contains("url");
        findings.error(
            ID,
            Criteria.TIMING_ADJUSTABLE,
            meta,
            "页面会在 " + content.substring(0, end) + " 秒后自动" + (redirect ? "跳转" : "刷新"),
            redirect
                ? "改为服务器端重定向 (301/302)，或让用户点击链接前往新页面"
                : "去掉 <meta http-equiv=\"refresh\">，由用户自己决定是否刷新");
      }
    }
  }
}
