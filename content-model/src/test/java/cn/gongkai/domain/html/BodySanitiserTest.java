package cn.gongkai.domain.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodySanitiserTest {

  @Test
  void keepsChineseTextExactly() {
    String html = "<p>　　根据《中华人民共和国政府信息公开条例》（以下简称《条例》），确保“上网信息不涉密，涉密信息不上网”。</p>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void keepsTraditionalCharactersAndFullWidthPunctuation() {
    String html = "<p>漳薌政辦〔2016〕91號：嚴格執行保密審查制度！</p>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void keepsHeadingsListsAndEmphasis() {
    String html =
        "<h2>一、总体情况</h2><ul><li><strong>主动公开</strong></li><li><em>依申请公开</em></li></ul>"
            + "<p>H<sub>2</sub>O 与 m<sup>2</sup></p>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void keepsAnAccessibleTable() {
    String html =
        "<table><caption>表二</caption><thead><tr><th scope=\"col\">事项</th>"
            + "<th scope=\"col\" colspan=\"2\">数量</th></tr></thead>"
            + "<tbody><tr><td rowspan=\"2\">规章</td><td>0</td><td>0</td></tr></tbody></table>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void dropsAScopeThatIsNotOneOfHtmls() {
    assertEquals(
        "<table><tbody><tr><th>事项</th></tr></tbody></table>",
        BodySanitiser.sanitise("<table><tr><th scope=\"everything\">事项</th></tr></table>"));
  }

  @Test
  void dropsAColspanThatIsNotANumber() {
    assertEquals(
        "<table><tbody><tr><td>x</td></tr></tbody></table>",
        BodySanitiser.sanitise("<table><tr><td colspan=\"all\">x</td></tr></table>"));
  }

  @Test
  void keepsAFigureWithAnImage() {
    String html =
        "<figure><img src=\"/upload/2019/photo.jpg\" alt=\"领导小组会议\" width=\"600\" height=\"400\">"
            + "<figcaption>领导小组会议</figcaption></figure>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void dropsAnImageSizeThatIsNotANumber() {
    assertEquals(
        "<img src=\"a.png\" alt=\"图\">",
        BodySanitiser.sanitise("<img src=\"a.png\" alt=\"图\" width=\"expression(1)\">"));
  }

  @Test
  void dropsAnImageFromADataUrl() {
    assertEquals(
        "<p>图</p>", BodySanitiser.sanitise("<p><img src=\"data:image/png;base64,iVBORw0=\">图</p>"));
  }

  @Test
  void keepsARelativeLinkAsWritten() {
    String html = "<a href=\"../guide/index.html#contact\">政府信息公开指南</a>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void keepsAnAnchorLink() {
    String html = "<a href=\"#section-2\">第二部分</a>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void protectsReadersOnAnAbsoluteLink() {
    assertEquals(
        "<a href=\"https://www.gov.cn/\" rel=\"noopener noreferrer\">中国政府网</a>",
        BodySanitiser.sanitise("<a href=\"https://www.gov.cn/\" target=\"_blank\">中国政府网</a>"));
  }

  @Test
  void protectsReadersOnAProtocolRelativeLink() {
    assertEquals(
        "<a href=\"//www.gov.cn/\" rel=\"noopener noreferrer\">中国政府网</a>",
        BodySanitiser.sanitise("<a href=\"//www.gov.cn/\">中国政府网</a>"));
  }

  @Test
  void keepsAMailtoLink() {
    String html = "<a href=\"mailto:gkb@example.gov.cn\">公开办邮箱</a>";
    assertEquals(html, BodySanitiser.sanitise(html));
  }

  @Test
  void keepsOnlyTheTextOfAJavascriptLink() {
    assertEquals("点击", BodySanitiser.sanitise("<a href=\"javascript:alert(1)\">点击</a>"));
  }

  @Test
  void dropsAScriptWithItsContent() {
    assertEquals("<p>通知正文</p>", BodySanitiser.sanitise("<p>通知<script>alert(1)</script>正文</p>"));
  }

  @Test
  void dropsStyleClassAndId() {
    assertEquals(
        "<p>通知</p>",
        BodySanitiser.sanitise("<p class=\"MsoNormal\" id=\"p1\" style=\"color:red\">通知</p>"));
  }

  @Test
  void unwrapsTagsOutsideTheAllowlistKeepingTheirText() {
    assertEquals(
        "关于<p>通知</p>", BodySanitiser.sanitise("<h1>关于</h1><p><font color=\"red\">通知</font></p>"));
  }

  @Test
  void dropsComments() {
    assertEquals("<p>正文</p>", BodySanitiser.sanitise("<!--[if gte mso 9]>x<![endif]--><p>正文</p>"));
  }

  @Test
  void returnsNothingForNothing() {
    assertEquals("", BodySanitiser.sanitise(null));
  }

  @Test
  void givesOneLineOfPlainTextPerBlock() {
    String html =
        "<h2>一、总体情况</h2><p>　　本年度主动公开信息<strong>125</strong>条。</p>"
            + "<table><tr><td>予以公开</td><td>3</td></tr></table><p>第一行<br>第二行</p>";
    assertEquals("一、总体情况\n本年度主动公开信息125条。\n予以公开\n3\n第一行\n第二行", BodySanitiser.plainText(html));
  }

  @Test
  void leavesScriptsOutOfThePlainText() {
    assertEquals("正文", BodySanitiser.plainText("<p>正文<script>var secret = 1;</script></p>"));
  }

  @Test
  void decodesEntitiesInThePlainText() {
    assertEquals(
        "《条例》 <第26条> & 附件", BodySanitiser.plainText("<p>《条例》&nbsp;&lt;第26条&gt; &amp; 附件</p>"));
  }

  @Test
  void collapsesSourceLineBreaksInThePlainText() {
    assertEquals("政务 公开", BodySanitiser.plainText("<p>政务\n   公开</p>"));
  }
}
