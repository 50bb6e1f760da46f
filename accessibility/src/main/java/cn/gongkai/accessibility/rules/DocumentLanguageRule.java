package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;

/** The page declares its language on {@code <html lang>}, and the tag is valid. */
public final class DocumentLanguageRule implements Rule {

  public static final String ID = "document-lang";

  @Override
  public void check(Page page, Findings findings) {
    Element html = page.document().firstElementChild();
    if (html == null) {
      return;
    }
    String lang = html.attr("lang").strip();
    if (lang.isEmpty()) {
      findings.error(
          ID,
          Criteria.LANGUAGE_OF_PAGE,
          html,
          "页面没有声明语言：<html> 缺少 lang 属性，读屏软件可能用错误的语音朗读",
          "在 <html> 上设置 lang：简体页面用 lang=\"zh-Hans\"，繁体页面用 lang=\"zh-Hant\"");
    } else if (!LanguageTags.isValid(lang)) {
      findings.error(
          ID,
          Criteria.LANGUAGE_OF_PAGE,
          html,
          "页面语言 lang=\"" + Dom.shorten(lang) + "\" 不是有效的语言标记 (BCP 47)",
          "改为有效的语言标记，如 zh-Hans、zh-Hant 或 zh-CN（常见错误：cn、zh_CN）");
    }
  }
}
