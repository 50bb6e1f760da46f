package cn.gongkai.publisher.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible Chinese government prose for synthetic items: titles from a few lists of subjects and
 * document kinds, bodies of sentences taken from the customer's seed documents (numbers, telephone
 * numbers and anything a screening gate would refuse left out).
 */
final class SyntheticText {
  private static final String SENTENCES = "synthetic-sentences.txt";

  private static final List<String> SUBJECTS =
      List.of(
          "森林防火",
          "安全生产",
          "农村人居环境整治",
          "高标准农田建设",
          "防汛抗旱",
          "政务公开",
          "营商环境优化",
          "城乡居民医疗保险参保",
          "义务教育招生入学",
          "大气污染防治",
          "河湖长制",
          "食品安全监督抽检",
          "消防安全隐患排查",
          "退役军人服务保障",
          "困难群众救助",
          "耕地保护",
          "重点项目建设",
          "招商引资",
          "乡村振兴",
          "就业创业服务",
          "老旧小区改造",
          "垃圾分类",
          "文明城市创建",
          "疫苗接种",
          "道路交通安全",
          "燃气安全",
          "校园安全",
          "节能减排",
          "政府采购",
          "财政预算执行",
          "审计整改",
          "信访工作",
          "法治政府建设",
          "数字政府建设",
          "养老服务",
          "托育服务",
          "饮用水水源保护",
          "扬尘治理",
          "秸秆禁烧",
          "冬春火灾防控");

  private static final List<String> ACTIONS =
      List.of("做好", "进一步加强", "开展", "深入推进", "切实抓好", "全面落实", "扎实推进", "规范", "加快推进", "认真做好");

  private static final List<String> PERIODS =
      List.of("", "", "第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年", "春节期间", "汛期");

  private static final List<String> OPENINGS =
      List.of("各乡（镇）人民政府，市直各有关单位：", "各县（区）人民政府，市政府各部门：", "局属各单位、机关各科室：", "各有关单位：");

  private final List<String> sentences;

  SyntheticText() {
    this.sentences = load();
  }

  /** A title for an item of the given column type, naming the agency and the year. */
  String title(SplittableRandom random, String agency, String columnType, int year) {
    String subject = pick(random, SUBJECTS);
    String action = pick(random, ACTIONS);
    String period = pick(random, PERIODS);
    return switch (columnType) {
      case "NEWS" -> agency + "召开" + year + "年" + period + subject + "工作推进会";
      case "POLICY" ->
          agency
              + "关于印发《示范市"
              + subject
              + pick(random, List.of("管理办法", "实施方案", "工作细则", "三年行动计划"))
              + "》的通知";
      case "REFERENCE" -> agency + year + "年" + period + subject + "工作情况";
      default ->
          agency
              + "关于"
              + action
              + year
              + "年"
              + period
              + subject
              + "工作的"
              + pick(random, List.of("通知", "通知", "公告", "通告"));
    };
  }

  /** About {@code chars} characters of prose as sanitised HTML paragraphs. */
  String body(SplittableRandom random, int chars) {
    StringBuilder html = new StringBuilder(chars * 2);
    html.append("<p>").append(pick(random, OPENINGS)).append("</p>");
    int written = 0;
    while (written < chars) {
      html.append("<p>");
      int sentencesInParagraph = 2 + random.nextInt(3);
      for (int s = 0; s < sentencesInParagraph && written < chars; s++) {
        String sentence = pick(random, sentences);
        html.append(sentence);
        written += sentence.length();
      }
      html.append("</p>");
    }
    return html.toString();
  }

  /** The first sentence of the body, cut to the summary's 100 characters. */
  String summary(SplittableRandom random) {
    String s = pick(random, sentences);
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static List<String> load() {
    InputStream in = SyntheticText.class.getResourceAsStream(SENTENCES);
    if (in == null) {
      throw new IllegalStateException("The synthetic text corpus " + SENTENCES + " is missing");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
