package cn.gongkai.publisher.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextConverterTest {
  private final HtmlTextConverter converter =
      new HtmlTextConverter(new ScriptConverter(ScriptStandard.S2T));

  @Test
  void convertsTheTextOfEveryElement() {
    assertEquals(
        "<p>幹部<strong>發現</strong>頭髮</p>", converter.convert("<p>干部<strong>发现</strong>头发</p>"));
  }

  @Test
  void convertsTheAttributesPeopleRead() {
    assertEquals(
        "<img src=\"a.png\" alt=\"幹部\" title=\"發現\"><span aria-label=\"後臺\">x</span>",
        converter.convert(
            "<img src=\"a.png\" alt=\"干部\" title=\"发现\"><span aria-label=\"后台\">x</span>"));
  }

  @Test
  void neverTouchesUrlsClassesOrIds() {
    String html =
        "<a href=\"/发现/头发.html\" class=\"干部\" id=\"后台\">发现</a>" + "<img src=\"干部.png\" alt=\"\">";

    assertEquals(
        "<a href=\"/发现/头发.html\" class=\"干部\" id=\"后台\">發現</a><img src=\"干部.png\" alt=\"\">",
        converter.convert(html));
  }

  @Test
  void keepsTheTextOfElementsMarkedTranslateNo() {
    assertEquals(
        "<p>附件：<span translate=\"no\">发现头发.pdf</span></p>",
        converter.convert("<p>附件：<span translate=\"no\">发现头发.pdf</span></p>"));
  }

  @Test
  void keepsTheTextOfCodeAndPre() {
    String html = "<p><code>后台</code></p><pre>干部 = 1</pre>";

    assertEquals(html, converter.convert(html));
  }

  @Test
  void keepsEscapedCharactersEscaped() {
    assertEquals("<p>甲 &lt; 乙 &amp; 發現</p>", converter.convert("<p>甲 &lt; 乙 &amp; 发现</p>"));
  }
}
