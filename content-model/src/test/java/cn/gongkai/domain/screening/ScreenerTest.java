package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.ScreeningFixtures.CARD_16;
import static cn.gongkai.domain.screening.ScreeningFixtures.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreenerTest {

  private final Screener screener = ScreeningFixtures.screener();

  @Test
  void labelsEachFindingWithTheCallersLocation() {
    ScreeningFinding finding = screener.screen("电话13812345678", "附件 report.pdf").get(0);
    assertEquals("附件 report.pdf", finding.location());
  }

  @Test
  void givesTheOffsetAndLengthOfTheFinding() {
    ScreeningFinding finding = screener.screen("身份证号：" + ID + "。", "正文").get(0);
    assertEquals(5, finding.offset());
    assertEquals(18, finding.length());
  }

  @Test
  void listsFindingsInTheOrderTheyOccur() {
    List<FindingKind> kinds =
        screener.screen("电话13812345678，账号" + CARD_16 + "，身份证" + ID, "正文").stream()
            .map(ScreeningFinding::kind)
            .toList();
    assertEquals(
        List.of(
            FindingKind.MOBILE_NUMBER, FindingKind.BANK_CARD_NUMBER, FindingKind.ID_CARD_NUMBER),
        kinds);
  }

  @Test
  void neverRepeatsAFullNumberInAFinding() {
    String text = "王五 " + ID + " 13812345678 " + CARD_16;
    for (ScreeningFinding finding : screener.screen(text, "正文")) {
      for (String number : List.of(ID, "13812345678", CARD_16)) {
        assertFalse(finding.maskedExcerpt().contains(number), finding.maskedExcerpt());
        assertFalse(finding.message().contains(number), finding.message());
      }
    }
  }

  @Test
  void cutsTheExcerptToTheFindingsLine() {
    ScreeningFinding finding = screener.screen("第一行\n电话13812345678\n第三行", "正文").get(0);
    assertEquals("电话138****5678", finding.maskedExcerpt());
  }

  @Test
  void marksACutExcerptWithEllipses() {
    String text = "这是一段很长很长的说明文字，联系电话13812345678，欢迎来电咨询相关事项谢谢。";
    assertEquals(
        "…的说明文字，联系电话138****5678，欢迎来电咨询相关事…", screener.screen(text, "正文").get(0).maskedExcerpt());
  }

  @Test
  void tellsThePersonWhatToDo() {
    String message = screener.screen("电话13812345678", "正文").get(0).message();
    assertTrue(message.contains("请删除，或遮盖"), message);
  }

  @Test
  void findsNothingInAnEmptyText() {
    assertEquals(List.of(), screener.screen("", "正文"));
  }

  @Test
  void summarisesAReportPerLocation() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("正文", "身份证" + ID + "，电话13812345678");
    texts.put("附件 名单.xlsx", "账号" + CARD_16);
    texts.put("附件 说明.pdf", "无个人信息");
    assertEquals("正文：身份证号码 1 处、手机号码 1 处；附件 名单.xlsx：银行卡号 1 处", screener.screenAll(texts).summary());
  }

  @Test
  void blocksPublicationWhileABlockingFindingRemains() {
    assertTrue(screener.screenAll(Map.of("正文", "电话13812345678")).blocksPublication());
  }

  @Test
  void letsAWarningThrough() {
    ScreeningReport report = screener.screenAll(Map.of("正文", "注册号350423900101123"));
    assertFalse(report.blocksPublication());
    assertFalse(report.isClean());
  }
}
