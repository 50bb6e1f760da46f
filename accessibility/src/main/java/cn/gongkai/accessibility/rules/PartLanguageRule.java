package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** A passage marked with its own {@code lang} (e.g. English or Tibetan text) uses a valid tag. */
public final class PartLanguageRule implements Rule {

  public static final String ID = "element-lang";

  private static final Evaluator WITH_LANG = QueryParser.parse("body [lang]");

  @Override
  public void check(Page page, Findings findings) {
    for (Element element : page.document().select(WITH_LANG)) {
      String lang = element.attr("lang").strip();
      // lang="" is allowed: it says the language is unknown.
      if (!lang.isEmpty() && !LanguageTags.isValid(lang)) {
        findings.error(
            ID,
            Criteria.LANGUAGE_OF_PARTS,
            element,
            "lang=\"" + Dom.shorten(lang) + "\" 不是有效的语言标记 (BCP 47)",
            "改为有效的语言标记，如英文用 en，藏文用 bo，维吾尔文用 ug");
      }
    }
  }
}
