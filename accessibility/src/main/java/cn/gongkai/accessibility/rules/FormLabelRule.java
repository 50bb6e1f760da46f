package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Every form field (search box, application form) has a label: {@code <label for>}, a wrapping
 * {@code <label>}, {@code aria-label}, {@code aria-labelledby} or {@code title}. A placeholder is
 * not a label: it disappears as soon as one types.
 */
public final class FormLabelRule implements Rule {

  public static final String ID = "form-label";

  private static final Evaluator FIELDS =
      QueryParser.parse(
          "input:not([type=hidden], [type=submit], [type=reset], [type=button], [type=image]),"
              + " select, textarea");

  @Override
  public void check(Page page, Findings findings) {
    for (Element field : page.document().select(FIELDS)) {
      if (Dom.hiddenByMarkup(field)) {
        continue;
      }
      if (AccessibleNames.of(field).isEmpty()) {
        String placeholder = field.attr("placeholder").strip();
        String hint = placeholder.isEmpty() ? "" : "（占位文字“" + Dom.shorten(placeholder) + "”不能代替标签）";
        findings.error(
            ID,
            Criteria.NAME_ROLE_VALUE,
            field,
            "表单控件 " + Dom.describe(field) + " 没有标签" + hint,
            "用 <label for=\"控件id\">标签文字</label> 关联可见的标签；确实不能显示标签时加 aria-label");
      }
    }
  }
}
