package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Pages can be zoomed on a phone: the viewport must not set {@code user-scalable=no} or a {@code
 * maximum-scale} below 2 (text must enlarge to 200%).
 */
public final class ViewportZoomRule implements Rule {

  public static final String ID = "viewport-zoom";

  private static final Evaluator VIEWPORT = QueryParser.parse("meta[name=viewport][content]");
  private static final String FIX =
      "去掉 user-scalable=no 和 maximum-scale，如 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

  @Override
  public void check(Page page, Findings findings) {
    for (Element meta : page.document().select(VIEWPORT)) {
      for (String part : meta.attr("content").split("[,;]")) {
        int eq = part.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = Dom.lower(part.substring(0, eq).strip());
        String value = Dom.lower(part.substring(eq + 1).strip());
        if (key.equals("user-scalable") && (value.equals("no") || value.equals("0"))) {
          findings.error(
              ID, Criteria.RESIZE_TEXT, meta, "页面禁止了手机上的缩放 (user-scalable=" + value + ")", FIX);
        } else if (key.equals("maximum-scale") && maximumBelowTwo(value)) {
          findings.error(
              ID,
              Criteria.RESIZE_TEXT,
              meta,
              "页面把缩放限制在 " + value + " 倍 (maximum-scale)，文字无法放大到两倍",
              FIX);
        }
      }
    }
  }

  private static boolean maximumBelowTwo(String value) {
    try {
      return Double.parseDouble(value) < 2;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
