package cn.gongkai.themes.examples;

import cn.gongkai.themes.model.Attachment;
import cn.gongkai.themes.model.Column;
import cn.gongkai.themes.model.ItemDetail;
import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.ItemSummary;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.Reprint;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.Validity;
import cn.gongkai.themes.model.Withdrawal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The example items, drawn from seed 000 (勐糯镇's disclosure rules of 2017). */
final class ExampleItems {

  static final String NOTICE_PATH = "mengnuo/tzgg/2017/1203.html";
  static final String WITHDRAWN_PATH = "mengnuo/tzgg/2023/2291.html";
  static final String REVISED_PATH = "mengnuo/zcwj/2019/1550.html";
  static final String NEWER_PATH = "mengnuo/zcwj/2024/3107.html";

  private static final String[] NOTICE_TITLES = {
    "勐糯镇关于开展森林防火专项检查的通知",
    "勐糯镇2024年第三季度政务公开工作情况通报",
    "勐糯镇关于做好汛期地质灾害防范工作的通知",
    "勐糯镇关于公布便民服务事项办事指南的公告",
    "勐糯镇关于开展城乡居民医疗保险集中参保的通知",
    "勐糯镇2024年农村危房改造对象公示",
    "勐糯镇关于调整政务信息公开及政府网站管理领导小组成员的通知",
    "勐糯镇关于印发安全生产大检查工作方案的通知",
    "勐糯镇关于开展“两学一做”学习教育的通知",
    "勐糯镇关于做好春耕生产工作的通知"
  };

  private final ExampleContent content;

  ExampleItems(ExampleContent content) {
    this.content = content;
  }

  private String t(String text) {
    return content.t(text);
  }

  ItemPage noticeWithAttachments() {
    String title = t("勐糯镇人民政府关于印发政务信息公开工作制度的通知");
    ItemDetail item =
        new ItemDetail(
            title,
            "01526291-9-02_D/2017-0508001",
            t("龙陵县勐糯镇人民政府"),
            content.noticeColumn(),
            LocalDate.of(2017, 5, 4),
            t("勐政发〔2017〕12号"),
            LocalDate.of(2017, 5, 4),
            Validity.VALID,
            null,
            new SafeHtml(
                t(
                    "<p>政府内设机构及镇直各有关单位：</p>"
                        + "<p>经镇政府研究决定，现将《勐糯镇人民政府关于成立政务信息公开及政府网站管理领导小组的通知》"
                        + "《勐糯镇政务信息公开工作制度》《勐糯镇政务信息公开工作实施细则》印发给你们，请各单位认真贯彻落实。</p>"
                        + "<h2>一、领导小组</h2>"
                        + "<p>领导小组下设办公室在党政办，具体负责日常维护工作。</p>"
                        + "<h2>二、工作职责</h2>"
                        + "<p>党政办、宣传办做好各单位上报的政务公开信息的收集、整理、把关、提炼工作，做好镇政府网站的日常维护管理工作。</p>"
                        + "<p>勐糯镇人民政府<br>2017年5月4日</p>"
                        + "<p>（此件公开发布）</p>")),
            List.of(
                new Attachment(t("勐糯镇政务信息公开工作制度"), "mengnuo/tzgg/2017/files/1203-1.pdf", 1_258_291),
                new Attachment(
                    t("勐糯镇政务信息公开工作实施细则"), "mengnuo/tzgg/2017/files/1203-2.docx", 358_400)),
            null,
            null,
            null);
    return page(NOTICE_PATH, item, "政务公开,制度,通知", "勐糯镇人民政府印发政务信息公开工作制度、实施细则及领导小组通知。");
  }

  ItemPage withdrawn() {
    ItemDetail item =
        new ItemDetail(
            t("勐糯镇2023年度临时救助对象名单公示"),
            "01526291-9-02_D/2023-0726004",
            t("龙陵县勐糯镇人民政府"),
            content.noticeColumn(),
            LocalDate.of(2023, 7, 26),
            null,
            null,
            Validity.EXPIRED,
            null,
            new SafeHtml(t("<p>临时救助对象名单（撤销前的正文，页面不再显示）。</p>")),
            List.of(),
            null,
            new Withdrawal(LocalDate.of(2023, 8, 2), t("公示名单含有未按规定脱敏的个人信息，已撤销，整改后将重新公示。")),
            null);
    return page(WITHDRAWN_PATH, item, "临时救助,公示", "");
  }

  ItemPage revisedReprint() {
    ItemDetail item =
        new ItemDetail(
            t("云南省人民政府办公厅关于进一步做好政务公开工作的通知"),
            "01526291-9-02_D/2019-0911002",
            t("龙陵县勐糯镇人民政府"),
            new Link(t("政策文件"), "mengnuo/zcwj/index.html"),
            LocalDate.of(2019, 9, 11),
            t("云政办发〔2019〕88号"),
            LocalDate.of(2019, 9, 6),
            Validity.REVISED,
            t("云南省人民政府门户网站"),
            new SafeHtml(
                t(
                    "<p>各州、市人民政府，省直各委、办、厅、局：</p>"
                        + "<p>为深入贯彻《中华人民共和国政府信息公开条例》，经省人民政府同意，现就进一步做好政务公开工作通知如下。</p>")),
            List.of(),
            new Link(t("云南省人民政府办公厅关于进一步做好政务公开工作的通知（2024年修订）"), NEWER_PATH),
            null,
            new Reprint(
                t("云南省人民政府门户网站"),
                "https://www.yn.gov.cn/zwgk/zcwj/",
                LocalDateTime.of(2019, 9, 11, 9, 30)));
    return page(REVISED_PATH, item, "政务公开", "");
  }

  /** A page of the 通知公告 list: twenty items, newest first, ending {@code before} this date. */
  List<ItemSummary> noticeSummaries(int count, LocalDate newest, int firstSequence) {
    List<ItemSummary> summaries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = newest.minusDays(9L * i);
      int sequence = firstSequence - i;
      summaries.add(
          new ItemSummary(
              String.format("01526291-9-02_D/%d-%07d", date.getYear(), sequence),
              t(NOTICE_TITLES[i % NOTICE_TITLES.length]),
              String.format("mengnuo/tzgg/%d/%d.html", date.getYear(), 3000 + sequence % 1000),
              date));
    }
    return summaries;
  }

  ItemSummary summaryOf(ItemPage page) {
    ItemDetail item = page.item();
    return new ItemSummary(
        item.indexNumber(), item.title(), page.frame().path(), item.publishedOn());
  }

  private ItemPage page(String path, ItemDetail item, String keywords, String description) {
    boolean policy = path.startsWith("mengnuo/zcwj/");
    Link column = policy ? new Link(t("政策文件"), "mengnuo/zcwj/index.html") : content.noticeColumn();
    return new ItemPage(
        content.frame(
            path,
            item.title(),
            List.of(content.mengnuo(), column),
            new Column(column.text(), t("文章")),
            keywords,
            description),
        item);
  }
}
