package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page has a non-empty {@code <title>}. */
public final class DocumentTitleRule implements Rule {

  public static final String ID = "document-title";

  private static final String FIX = "在 <head> 中写明页面标题，如“关于XX的通知 - XX人民政府”，让用户知道当前是哪一页";

  @Override
  public void check(Page page, Findings findings) {
    Document document = page.document();
    Element title = document.head().selectFirst(Dom.TITLE);
    if (title == null) {
      findings.error(ID, Criteria.PAGE_TITLED, document.head(), "页面缺少 <title> 标题", FIX);
    } else if (title.text().isBlank()) {
      findings.error(ID, Criteria.PAGE_TITLED, title, "页面的 <title> 是空的", FIX);
    }
  }
}
