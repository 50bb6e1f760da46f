package cn.gongkai.domain.screening;

import static cn.gongkai.domain.screening.FindingKind.MOBILE_NUMBER;
import static cn.gongkai.domain.screening.ScreeningFixtures.kinds;
import static cn.gongkai.domain.screening.ScreeningFixtures.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "联系人：王某，电话13812345678。",
        "联系电话 138 1234 5678",
        "联系电话 138-1234-5678",
        "手机：+86 13812345678",
        "手机：+8613812345678",
        "手机：8613812345678",
        "手机１３８１２３４５６７８",
        "19912345678",
      })
  void flagsAMobileNumber(String text) {
    assertEquals(List.of(MOBILE_NUMBER), kinds(text));
  }

  @Test
  void spansOnlyTheNumberAfterTheCountryCode() {
    ScreeningFinding finding = screen("手机：+86 13812345678").get(0);
    assertEquals(7, finding.offset());
    assertEquals(11, finding.length());
  }

  @Test
  void masksTheMiddleFourDigits() {
    assertEquals("电话138****5678。", screen("电话13812345678。").get(0).maskedExcerpt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "违法和不良信息举报电话：0598-8705661",
        "投诉电话，号码为：0598—8705050",
        "电话号码：8705050",
        "联系电话：0591-87654321-8001",
        "电话：010-13812345678",
        "《漳州市薌城區人民政府辦公室關於印發……的通知》（漳薌政辦〔2016〕91號）",
        "闽政〔2019〕13812号",
        "索引号 11341702486344515H/202110-00013",
        "索引号 01526291-9-02_D/2017-0508001",
        "索引号 000014349/2017-00110",
        "编号12345678901234567",
        "流水号2013812345678901234",
        "比例为3.13812345678",
        "电话138****5678",
        "联系电话 138 **** 5678",
        "发布日期：2019-09-11 来源：濮阳民政",
        "12812345678",
      })
  void doesNotFlagOtherNumbers(String text) {
    assertEquals(List.of(), kinds(text));
  }
}
