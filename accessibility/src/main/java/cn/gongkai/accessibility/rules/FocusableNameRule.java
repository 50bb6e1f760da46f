package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Everything a keyboard reaches (buttons, frames, custom widgets with {@code tabindex}) has a name
 * a screen reader can say. Links, form fields and image buttons have their own rules.
 */
public final class FocusableNameRule implements Rule {

  public static final String ID = "focusable-name";

  private static final Set<String> BUTTON_INPUTS = Set.of("submit", "reset", "button");

  @Override
  public void check(Page page, Findings findings) {
    for (Element element : page.document().body().select(Tabbable.INSTANCE)) {
      if (namedElsewhere(element) || Dom.hiddenByMarkup(element)) {
        continue;
      }
      if (!AccessibleNames.of(element).isEmpty()) {
        continue;
      }
      if (element.normalName().equals("iframe")) {
        findings.error(
            ID,
            Criteria.NAME_ROLE_VALUE,
            element,
            "内嵌框架 (iframe) 缺少 title",
            "为 <iframe> 加上说明其内容的 title，如 title=\"办事指南视频\"");
      } else {
        findings.error(
            ID,
            Criteria.NAME_ROLE_VALUE,
            element,
            "可用键盘到达的 " + Dom.describe(element) + " 没有可读的名称",
            "在元素内写上文字；只有图标时加 aria-label 说明其作用（如 aria-label=\"关闭\"）");
      }
    }
  }

  /**
   * Links ({@code link-purpose}), fields ({@code form-label}), image buttons ({@code image-alt}).
   */
  private static boolean namedElsewhere(Element element) {
    return switch (element.normalName()) {
      case "a", "area", "select", "textarea" -> true;
      case "input" -> !BUTTON_INPUTS.contains(Dom.lower(element.attr("type")).strip());
      default -> false;
    };
  }
}
