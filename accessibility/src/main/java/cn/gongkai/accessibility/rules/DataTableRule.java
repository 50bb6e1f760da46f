package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Data tables (the 年报 tables, 收费 tables…) have header cells and a caption or label, so a screen
 * reader can say which row and column a number belongs to. A table marked {@code
 * role="presentation"} is layout and is left alone.
 */
public final class DataTableRule implements Rule {

  public static final String ID = "table-headers";

  private static final Evaluator TABLES = QueryParser.parse("table");
  private static final Evaluator HEADERS =
      QueryParser.parse("th, [role=columnheader], [role=rowheader]");

  @Override
  public void check(Page page, Findings findings) {
    for (Element table : page.document().select(TABLES)) {
      String role = Dom.lower(table.attr("role")).strip();
      if (role.equals("presentation") || role.equals("none") || Dom.hiddenByMarkup(table)) {
        continue;
      }
      if (!hasOwnHeaders(table)) {
        findings.error(
            ID,
            Criteria.INFO_AND_RELATIONSHIPS,
            table,
            "表格没有表头单元格 (th)",
            "把表头行或表头列的单元格改为 <th>，并用 scope=\"col\" 或 scope=\"row\" 说明方向；"
                + "仅用于排版的表格改用 CSS 布局，或加 role=\"presentation\"");
      }
      if (AccessibleNames.of(table).isEmpty()) {
        findings.error(
            ID,
            Criteria.INFO_AND_RELATIONSHIPS,
            table,
            "表格没有标题 (caption)",
            "在 <table> 内最前面加 <caption> 写明表格内容（如“2024年政府信息公开申请情况”），或用 aria-label 说明");
      }
    }
  }

  private static boolean hasOwnHeaders(Element table) {
    for (Element header : table.select(HEADERS)) {
      if (header.closest(Dom.TABLE) == table) {
        return true;
      }
    }
    return false;
  }
}
