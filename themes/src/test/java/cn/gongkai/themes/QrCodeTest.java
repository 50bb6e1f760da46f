package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.SafeHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void theQrCodeDecodesBackToItsText() throws Exception {
    String url = "https://xxgk.example.gov.cn/elder/zh-hant/mengnuo/xxgk/12/123.html";
    QrCode code = QrCode.of(url);
    assertEquals(url, QrDecoder.decode(code.size(), code.path()));
  }

  @Test
  void theQrCodeKeepsAQuietZoneOfFourModules() {
    QrCode code = QrCode.of("https://xxgk.example.gov.cn/index.html");
    assertTrue(code.path().startsWith("M4 4.5h7"), code.path().substring(0, 10));
  }

  @Test
  void theFooterQrCodeEncodesThePagesAbsoluteUrl() throws Exception {
    ItemPage page =
        Fixtures.itemPage(
            Variant.ELDER_TRADITIONAL,
            "mengnuo/xxgk/12/123.html",
            Fixtures.item("通知", new SafeHtml("<p>正文</p>")));
    Document html = Fixtures.render(page);
    Element svg = html.selectFirst("footer svg.gk-qr");
    int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
    String path = svg.selectFirst("path").attr("d");
    assertEquals(
        Fixtures.DOMAIN + "/elder/zh-hant/mengnuo/xxgk/12/123.html", QrDecoder.decode(size, path));
  }

  @Test
  void theFooterQrCodeIsAnImageNamedByItsCaption() {
    Document html =
        Fixtures.render(
            Fixtures.itemPage(
                Variant.SIMPLIFIED, "a/b.html", Fixtures.item("通知", new SafeHtml("<p>正文</p>"))));
    Element svg = html.selectFirst("footer svg.gk-qr");
    assertEquals("img", svg.attr("role"));
    Element caption = html.getElementById(svg.attr("aria-labelledby"));
    assertEquals("扫一扫在手机上查看当前页面", caption.text());
  }
}
