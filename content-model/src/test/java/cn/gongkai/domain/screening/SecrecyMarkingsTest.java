package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.FindingKind.SECRECY_MARKING;
import static cn.gongkai.domain.screening.ScreeningFixtures.kinds;
import static cn.gongkai.domain.screening.ScreeningFixtures.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecrecyMarkingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "秘密★1年",
        "机密★5年",
        "绝密★长期",
        "秘密★",
        "机密☆10年",
        "秘密*6个月",
        "秘密＊１年",
        "秘密 ★ 1年",
        "机密级★",
        "密级：秘密",
        "密级: 机密★5年",
      })
  void flagsAMarking(String marking) {
    assertEquals(List.of(SECRECY_MARKING), kinds("关于某事项的通知\n" + marking + "\n各单位：……"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"秘密", "机密", "绝密", "绝密级", "【机密】", "　秘密　"})
  void flagsALevelStandingAloneOnItsLine(String line) {
    assertEquals(List.of(SECRECY_MARKING), kinds("XX县人民政府文件\n" + line + "\n关于……的通知"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "政务信息不得侵犯国家秘密、商业秘密和社会公共利益。",
        "泄露国家秘密、工作秘密、商业秘密以及依法受到保护的个人隐私",
        "就政府信息是否涉及商业机密、个人隐私、工作秘密进行审查",
        "严格执行保密审查制度，涉密文件不得在互联网上运转。",
        "依照《中华人民共和国保守国家秘密法》及其实施办法",
        "应去除原有的国家秘密级标志",
        "本单位信息尚未确定是否属于国家秘密范围的，可以暂缓公开。",
        "属于商业秘密*的信息，经权利人同意可以公开。",
        "秘密会议的说法并不准确。",
        "密级：无",
        "非涉密",
      })
  void doesNotFlagProseAboutSecrecy(String prose) {
    assertEquals(List.of(), kinds(prose));
  }

  @Test
  void spansTheWholeMarkingWithItsPeriod() {
    ScreeningFinding finding = screen("文件头 秘密★1年 正文").get(0);
    assertEquals(4, finding.offset());
    assertEquals("秘密★1年".length(), finding.length());
  }

  @Test
  void tellsAPersonToRemoveTheMarking() {
    String message = screen("秘密★1年").get(0).message();
    assertTrue(message.contains("去除原密级标志") && message.contains("不会自动删除"), message);
  }

  @Test
  void blocksPublication() {
    assertTrue(screen("机密★5年").get(0).blocksPublication());
  }
}
