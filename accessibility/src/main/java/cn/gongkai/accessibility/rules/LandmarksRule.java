package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page is divided into landmarks a screen reader can jump between: exactly one main content
 * area (an error otherwise), and a header, a footer and navigation (warnings).
 */
public final class LandmarksRule implements Rule {

  public static final String ID = "landmarks";

  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

  private record Landmark(Evaluator evaluator, String name, String fix) {}

  private static final List<Landmark> EXPECTED =
      List.of(
          new Landmark(
              QueryParser.parse("header, [role=banner]"),
              "页头 (<header>)",
              "用 <header> 包住网站名称、搜索和“简体/繁体、无障碍、适老模式”切换"),
          new Landmark(
              QueryParser.parse("nav, [role=navigation]"),
              "导航 (<nav>)",
              "用 <nav aria-label=\"主导航\"> 包住栏目导航"),
          new Landmark(
              QueryParser.parse("footer, [role=contentinfo]"),
              "页脚 (<footer>)",
              "用 <footer> 包住主办单位、网站标识码、备案号等页脚信息"));

  @Override
  public void check(Page page, Findings findings) {
    Element body = page.document().body();
    Elements mains = new Elements();
    for (Element main : page.document().select(MAIN)) {
      if (!main.hasAttr("hidden")) {
        mains.add(main);
      }
    }
    if (mains.isEmpty()) {
      findings.error(
          ID,
          Criteria.INFO_AND_RELATIONSHIPS,
          body,
          "页面没有主体内容区域 <main>",
          "用 <main id=\"main-content\"> 包住页面的主要内容（每页一个）");
    } else if (mains.size() > 1) {
      findings.error(
          ID,
          Criteria.INFO_AND_RELATIONSHIPS,
          mains.get(1),
          "页面有 " + mains.size() + " 个主体内容区域 <main>，只能有一个",
          "只保留一个 <main>，其余改为 <section> 或 <div>");
    }
    for (Landmark landmark : EXPECTED) {
      if (page.document().selectFirst(landmark.evaluator()) == null) {
        findings.warning(
            ID,
            Criteria.INFO_AND_RELATIONSHIPS,
            body,
            "页面没有" + landmark.name() + "区域",
            landmark.fix());
      }
    }
  }
}
