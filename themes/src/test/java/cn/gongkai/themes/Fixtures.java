package cn.gongkai.themes;

import cn.gongkai.themes.model.Column;
import cn.gongkai.themes.model.ItemDetail;
import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.PageFrame;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.SiteIdentity;
import cn.gongkai.themes.model.Validity;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Small models for tests that need one field to differ from the examples. */
final class Fixtures {

  static final String DOMAIN = "https://xxgk.example.gov.cn";

  private Fixtures() {}

  static SiteIdentity site() {
    return site("示例县人民政府信息公开");
  }

  static SiteIdentity site(String siteName) {
    return new SiteIdentity(
        siteName,
        DOMAIN,
        "3504230001",
        "闽ICP备09002779号",
        "闽公网安备 35042302000001号",
        "清流县人民政府办公室",
        "清流县数字清流建设中心",
        "福建省清流县龙津镇龙城街22幢",
        "0598-8705661",
        "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3504230001",
        "sitemap/index.html",
        List.of(new Link("首页", "index.html")),
        List.of(new Link("国家部委", "https://www.gov.cn/")));
  }

  static PageFrame frame(Variant variant, String path, String title) {
    return new PageFrame(
        site(),
        variant,
        Theme.defaultTheme().labels(),
        path,
        title,
        List.of(new Link("勐糯镇", "mengnuo/index.html")),
        new Column("通知公告", "文章"),
        "关键词",
        "描述");
  }

  static ItemDetail item(String title, SafeHtml body) {
    return new ItemDetail(
        title,
        "01526291-9-02_D/2017-0508001",
        "龙陵县勐糯镇人民政府",
        new Link("通知公告", "mengnuo/tzgg/index.html"),
        LocalDate.of(2017, 5, 4),
        null,
        null,
        Validity.VALID,
        null,
        body,
        List.of(),
        null,
        null,
        null);
  }

  static ItemPage itemPage(Variant variant, String path, ItemDetail item) {
    return new ItemPage(frame(variant, path, item.title()), item);
  }

  static Document render(cn.gongkai.themes.model.Page page) {
    return Jsoup.parse(Theme.defaultTheme().render(page));
  }
}
