package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * No inline event handlers ({@code onclick}…) or {@code javascript:} URLs. On an element the
 * keyboard cannot reach, a click handler is a keyboard barrier; everywhere it is inline script,
 * which a Content-Security-Policy forbids and which the static site should not need.
 */
public final class InlineScriptRule implements Rule {

  public static final String ID = "inline-script";

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction");
  private static final Set<String> POINTER_HANDLERS =
      Set.of("onclick", "ondblclick", "onmousedown", "onmouseup", "onmouseover");

  @Override
  public void check(Page page, Findings findings) {
    for (Element element : page.document().getAllElements()) {
      if (element.attributesSize() == 0) {
        continue;
      }
      List<String> handlers = new ArrayList<>();
      String scriptUrl = null;
      for (Attribute attribute : element.attributes()) {
        String key = Dom.lower(attribute.getKey());
        if (key.startsWith("on") && key.length() > 2) {
          handlers.add(key);
        } else if (URL_ATTRIBUTES.contains(key) && isScriptUrl(attribute.getValue())) {
          scriptUrl = key;
        }
      }
      if (!handlers.isEmpty()) {
        boolean keyboardBarrier =
            !Tabbable.is(element) && handlers.stream().anyMatch(POINTER_HANDLERS::contains);
        findings.warning(
            ID,
            keyboardBarrier ? Criteria.KEYBOARD : Criteria.SCRIPT_SECURITY,
            element,
            Dom.describe(element)
                + " 使用了内联事件处理 ("
                + String.join(", ", handlers)
                + ")"
                + (keyboardBarrier ? "，且键盘无法到达，只能用鼠标操作" : ""),
            keyboardBarrier
                ? "改用 <button> 或 <a href> 这类键盘可操作的元素，并把脚本移到外部 .js 文件中绑定事件"
                : "把脚本移到外部 .js 文件中用 addEventListener 绑定；静态页面应在关闭脚本时也能使用");
      }
      if (scriptUrl != null) {
        findings.warning(
            ID,
            Criteria.SCRIPT_SECURITY,
            element,
            Dom.describe(element) + " 的 " + scriptUrl + " 是 javascript: 地址",
            "链接应指向真实的网址；需要脚本的操作用 <button>，脚本放到外部 .js 文件中");
      }
    }
  }

  private static boolean isScriptUrl(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return false;
    }
    // Browsers drop whitespace and control characters in and before the scheme.
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < colon; i++) {
      char c = value.charAt(i);
      if (c > ' ') {
        scheme.append(c);
      }
    }
    return scheme.toString().equalsIgnoreCase("javascript");
  }
}
