package cn.gongkai.themes.examples;

import cn.gongkai.themes.model.AgencyPage;
import cn.gongkai.themes.model.CatalogueNode;
import cn.gongkai.themes.model.CataloguePage;
import cn.gongkai.themes.model.ColumnSection;
import cn.gongkai.themes.model.DisclosureOffice;
import cn.gongkai.themes.model.ErrorKind;
import cn.gongkai.themes.model.ErrorPage;
import cn.gongkai.themes.model.GuidePage;
import cn.gongkai.themes.model.HomePage;
import cn.gongkai.themes.model.ItemSummary;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.Pagination;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.SiteMapPage;
import java.time.LocalDate;
import java.util.List;

/** The example home, agency, catalogue, guide, site map and error pages. */
final class ExampleSections {

  static final String CATALOGUE_PATH = "mengnuo/tzgg/index_3.html";

  private final ExampleContent content;
  private final ExampleItems items;

  ExampleSections(ExampleContent content, ExampleItems items) {
    this.content = content;
    this.items = items;
  }

  private String t(String text) {
    return content.t(text);
  }

  HomePage home() {
    return new HomePage(
        content.frame(
            "index.html",
            t("龙陵县人民政府信息公开"),
            List.of(),
            content.column("首页", "首页"),
            "政府信息公开,龙陵县",
            "龙陵县人民政府及各乡镇、部门的政府信息公开。"),
        List.of(
            content.mengnuo(),
            new Link(t("龙陵县民政局"), "minzheng/index.html"),
            new Link(t("龙陵县财政局"), "caizheng/index.html")),
        List.of(
            new ColumnSection(
                t("通知公告"),
                "mengnuo/tzgg/index.html",
                items.noticeSummaries(6, LocalDate.of(2024, 10, 8), 93)),
            new ColumnSection(
                t("政策文件"),
                "mengnuo/zcwj/index.html",
                List.of(items.summaryOf(items.revisedReprint())))));
  }

  AgencyPage agency() {
    List<ItemSummary> latestNotices = items.noticeSummaries(3, LocalDate.of(2024, 10, 8), 93);
    return new AgencyPage(
        content.frame(
            "mengnuo/index.html",
            t("勐糯镇人民政府"),
            List.of(),
            content.column("勐糯镇人民政府", "政府信息公开"),
            "勐糯镇,政府信息公开",
            "勐糯镇人民政府政府信息公开专栏。"),
        new ColumnSection(
            t("政府信息公开指南"),
            "mengnuo/gkzn/index.html",
            List.of(
                new ItemSummary(
                    "01526291-9-01_A/2024-0102001",
                    t("勐糯镇人民政府政府信息公开指南（2024年版）"),
                    "mengnuo/gkzn/index.html",
                    LocalDate.of(2024, 1, 2)))),
        new ColumnSection(
            t("政府信息公开制度"),
            "mengnuo/gkzd/index.html",
            List.of(items.summaryOf(items.noticeWithAttachments()))),
        new ColumnSection(t("法定主动公开内容"), "mengnuo/fdzdgk/index.html", latestNotices),
        new ColumnSection(
            t("政府信息公开年报"),
            "mengnuo/gknb/index.html",
            List.of(
                new ItemSummary(
                    "01526291-9-05_B/2024-0125001",
                    t("勐糯镇人民政府2023年政府信息公开工作年度报告"),
                    "mengnuo/gknb/2024/2980.html",
                    LocalDate.of(2024, 1, 25)))),
        catalogueTree(true));
  }

  CataloguePage catalogue() {
    return new CataloguePage(
        content.frame(
            CATALOGUE_PATH, t("通知公告"), List.of(content.mengnuo()), content.column("通知公告", "信息列表")),
        List.of(),
        items.noticeSummaries(20, LocalDate.of(2024, 3, 4), 73),
        new Pagination(3, 4, 93, "mengnuo/tzgg/index.html", "mengnuo/tzgg/index_{n}.html"));
  }

  GuidePage guide() {
    return new GuidePage(
        content.frame(
            "mengnuo/gkzn/index.html",
            t("勐糯镇人民政府政府信息公开指南"),
            List.of(content.mengnuo()),
            content.column("政府信息公开指南", "政府信息公开指南")),
        LocalDate.of(2024, 1, 2),
        new SafeHtml(
            t(
                "<p>本机关主动公开的政府信息按机构职能、政策文件、规划计划、业务工作、统计数据、应急管理等类别编排，"
                    + "每条信息有索引号、名称、内容概述、生成日期等目录项。</p>")),
        new SafeHtml(
            t(
                "<p>主动公开的政府信息通过本网站、政务公开栏及查阅场所公开，自信息形成或变更之日起20个工作日内公开。</p>"
                    + "<p>申请获取政府信息的，请填写《政府信息公开申请表》，通过当面、邮寄或在线方式提交；"
                    + "本机关自收到申请之日起20个工作日内答复。</p>")),
        new DisclosureOffice(
            t("勐糯镇人民政府党政办公室"),
            t("云南省保山市龙陵县勐糯镇勐糯街1号"),
            "678311",
            t("工作日 上午9:00—12:00，下午14:30—17:30（法定节假日除外）"),
            "0875-6140001",
            "0875-6140002",
            "mnzdzb@example.gov.cn",
            new Link(t("政府信息公开申请"), "mengnuo/ysqgk/index.html")),
        new SafeHtml(t("<p>本指南自2024年1月2日起施行，2017年版同时废止。</p>")));
  }

  SiteMapPage siteMap() {
    return new SiteMapPage(
        content.frame(
            ExampleContent.SITE_MAP, t("网站地图"), List.of(), content.column("网站地图", "网站地图")),
        List.of(
            new CatalogueNode(
                t("勐糯镇人民政府"),
                "mengnuo/index.html",
                List.of(),
                List.of(
                    node("政府信息公开指南", "mengnuo/gkzn/index.html"),
                    node("政府信息公开制度", "mengnuo/gkzd/index.html"),
                    new CatalogueNode(
                        t("法定主动公开内容"),
                        "mengnuo/fdzdgk/index.html",
                        List.of(),
                        catalogueTree(false)),
                    node("政府信息公开年报", "mengnuo/gknb/index.html"))),
            new CatalogueNode(
                t("龙陵县民政局"),
                "minzheng/index.html",
                List.of(),
                List.of(node("政府信息公开指南", "minzheng/gkzn/index.html")))));
  }

  ErrorPage notFound() {
    return new ErrorPage(
        content.frame("404.html", t("页面不存在"), List.of(), content.column("页面不存在", "错误页")),
        ErrorKind.NOT_FOUND,
        null,
        null);
  }

  ErrorPage gone() {
    return new ErrorPage(
        content.frame(
            "mengnuo/tzgg/2022/1875.html", t("信息已撤销"), List.of(), content.column("通知公告", "错误页")),
        ErrorKind.GONE,
        t("该通知所涉事项已办结，依申请撤销。"),
        LocalDate.of(2022, 11, 30));
  }

  private List<CatalogueNode> catalogueTree(boolean withLatest) {
    List<ItemSummary> notices =
        withLatest ? items.noticeSummaries(2, LocalDate.of(2024, 10, 8), 93) : List.of();
    return List.of(
        node("机构职能", "mengnuo/jgzn/index.html"),
        new CatalogueNode(
            t("政策文件"),
            "mengnuo/zcwj/index.html",
            withLatest ? List.of(items.summaryOf(items.revisedReprint())) : List.of(),
            List.of()),
        new CatalogueNode(
            t("业务工作"),
            "mengnuo/ywgz/index.html",
            List.of(),
            List.of(
                new CatalogueNode(t("通知公告"), "mengnuo/tzgg/index.html", notices, List.of()),
                node("应急管理", "mengnuo/yjgl/index.html"))),
        node("统计数据", "mengnuo/tjsj/index.html"));
  }

  private CatalogueNode node(String name, String href) {
    return new CatalogueNode(t(name), href, List.of(), List.of());
  }
}
