package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import cn.gongkai.accessibility.css.PageStyles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Elderly-friendly pages carry no ads, plug-ins or pop-ups (工信部 2021): no links that open a new
 * window without saying so, no {@code window.open} in handlers, and nothing that looks like an ad,
 * a floating window (飘窗) or a dialog that opens without the user asking.
 */
public final class ElderPopupRule implements Rule {

  public static final String ID = "elder-no-popups";

  private static final Evaluator NEW_WINDOW_LINKS =
      QueryParser.parse("a[href][target], area[href][target]");
  private static final Evaluator DIALOGS =
      QueryParser.parse("dialog[open], [role=dialog], [role=alertdialog]");
  private static final Evaluator NAMED = QueryParser.parse("body [class], body [id]");
  private static final Evaluator CONTROLLERS = QueryParser.parse("[aria-controls]");
  private static final Set<String> SAME_WINDOW = Set.of("", "_self", "_parent", "_top");
  private static final List<String> WARNINGS =
      List.of("新窗口", "新标签", "新页面", "新视窗", "new window", "new tab");

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_-]+");

  /** Class and id words that mark ads and pop-ups, including the pinyin of 广告, 飘窗 and 对联. */
  private static final Set<String> AD_WORDS =
      Set.of(
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "guanggao",
          "popup",
          "popups",
          "popwin",
          "modal",
          "piaochuang",
          "piaofu",
          "floatad",
          "floatwin",
          "duilian");

  @Override
  public void check(Page page, Findings findings) {
    if (!page.elderly() || page.fragment()) {
      return;
    }
    newWindowLinks(page, findings);
    windowOpen(page, findings);
    popups(page, findings);
  }

  private static void newWindowLinks(Page page, Findings findings) {
    for (Element link : page.document().select(NEW_WINDOW_LINKS)) {
      String target = Dom.lower(link.attr("target").strip());
      if (SAME_WINDOW.contains(target) || warnsOfNewWindow(link)) {
        continue;
      }
      findings.error(
          ID,
          Criteria.ELDERLY,
          link,
          "链接会在新窗口打开 (target=\"" + Dom.shorten(target) + "\")，事先没有告知",
          "适老页面的链接应在当前窗口打开：去掉 target；确需新窗口时在链接文字中注明“（在新窗口打开）”");
    }
  }

  private static boolean warnsOfNewWindow(Element link) {
    String said =
        Dom.lower(
            AccessibleNames.of(link)
                + " "
                + AccessibleNames.content(link)
                + " "
                + link.attr("title")
                + " "
                + AccessibleNames.referencedText(link, "aria-describedby"));
    return WARNINGS.stream().anyMatch(said::contains);
  }

  private static void windowOpen(Page page, Findings findings) {
    for (Element element : page.document().getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String key = Dom.lower(attribute.getKey());
        boolean script =
            key.startsWith("on")
                || (key.equals("href") && Dom.lower(attribute.getValue()).contains("javascript:"));
        if (script && attribute.getValue().contains("window.open")) {
          findings.error(
              ID,
              Criteria.ELDERLY,
              element,
              Dom.describe(element) + " 会用 window.open 弹出新窗口",
              "适老页面不得弹出窗口：改为普通链接，在当前窗口打开");
          break;
        }
      }
    }
  }

  private static void popups(Page page, Findings findings) {
    PageStyles styles = page.styles().orElse(null);
    Set<String> invokable = new HashSet<>();
    for (Element controller : page.document().select(CONTROLLERS)) {
      invokable.addAll(List.of(controller.attr("aria-controls").strip().split("\\s+")));
    }
    Set<Element> reported = new HashSet<>();
    for (Element element : page.document().select(DIALOGS)) {
      if (shownWithoutAsking(element, invokable, styles) && reportOnce(element, reported)) {
        findings.error(
            ID,
            Criteria.ELDERLY,
            element,
            "页面打开时就显示对话框或弹窗 " + Dom.describe(element),
            "适老页面不得自动弹窗：删除它，或只在用户点击按钮后显示（初始加 hidden，按钮用 aria-controls 指向它）");
      }
    }
    for (Element element : page.document().select(NAMED)) {
      String word = adWord(element);
      if (word != null
          && shownWithoutAsking(element, invokable, styles)
          && reportOnce(element, reported)) {
        findings.error(
            ID,
            Criteria.ELDERLY,
            element,
            "适老页面中有疑似广告、飘窗或弹窗的元素 " + Dom.describe(element) + "（含“" + word + "”）",
            "适老页面不得出现广告、飘窗和弹窗：从适老模板中删除它；若是用户点击才打开的对话框，请初始隐藏 (hidden) 并用 aria-controls 关联按钮");
      }
    }
  }

  private static boolean shownWithoutAsking(
      Element element, Set<String> invokable, PageStyles styles) {
    if (Dom.hiddenByMarkup(element)
        || (element.normalName().equals("dialog") && !element.hasAttr("open"))
        || (!element.id().isEmpty() && invokable.contains(element.id()))) {
      return false;
    }
    return styles == null || styles.isRendered(element);
  }

  /** Only the outermost of nested ad elements is reported. */
  private static boolean reportOnce(Element element, Set<Element> reported) {
    for (Element e = element; e != null; e = e.parent()) {
      if (reported.contains(e)) {
        return false;
      }
    }
    return reported.add(element);
  }

  private static String adWord(Element element) {
    String names = element.className() + " " + element.id();
    for (String word : WORD_SEPARATORS.split(Dom.lower(names))) {
      if (AD_WORDS.contains(word)) {
        return word;
      }
    }
    return null;
  }
}
