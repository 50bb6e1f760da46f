package cn.gongkai.themes.examples;

import cn.gongkai.themes.Labels;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.Column;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.PageFrame;
import cn.gongkai.themes.model.SiteIdentity;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The example site: a county's disclosure site with the township of seed 000 (勐糯镇) as an issuing
 * body. Every Chinese string passes through {@code text}, so traditional variants can be made with
 * the same converter the publisher uses.
 */
final class ExampleContent {

  static final String DOMAIN = "https://xxgk.example.gov.cn";
  static final String SITE_MAP = "sitemap/index.html";

  private final Variant variant;
  private final UnaryOperator<String> text;
  private final Labels labels;

  ExampleContent(Variant variant, UnaryOperator<String> toTraditional) {
    this.variant = variant;
    this.text = variant.traditional() ? toTraditional : UnaryOperator.identity();
    Labels simplified = Theme.defaultTheme().labels();
    this.labels = variant.traditional() ? simplified.convert(toTraditional) : simplified;
  }

  /** Content strings in this variant's script. */
  String t(String simplified) {
    return text.apply(simplified);
  }

  Variant variant() {
    return variant;
  }

  SiteIdentity site() {
    return new SiteIdentity(
        t("龙陵县人民政府信息公开"),
        DOMAIN,
        "5305230001",
        t("滇ICP备05001234号-1"),
        t("滇公网安备 53052302000001号"),
        t("龙陵县人民政府办公室"),
        t("龙陵县融媒体中心"),
        t("云南省保山市龙陵县龙山镇龙新路1号"),
        "0875-6121234",
        "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5305230001",
        SITE_MAP,
        List.of(
            new Link(t("首页"), "index.html"),
            new Link(t("勐糯镇"), "mengnuo/index.html"),
            new Link(t("通知公告"), "mengnuo/tzgg/index.html"),
            new Link(t("公开指南"), "mengnuo/gkzn/index.html")),
        List.of(
            new Link(t("中国政府网"), "https://www.gov.cn/"),
            new Link(t("云南省人民政府"), "https://www.yn.gov.cn/"),
            new Link(t("保山市人民政府"), "https://www.baoshan.gov.cn/")));
  }

  PageFrame frame(String path, String title, List<Link> breadcrumbs, Column column) {
    return frame(path, title, breadcrumbs, column, "", "");
  }

  PageFrame frame(
      String path,
      String title,
      List<Link> breadcrumbs,
      Column column,
      String keywords,
      String description) {
    return new PageFrame(
        site(), variant, labels, path, title, breadcrumbs, column, t(keywords), t(description));
  }

  Link mengnuo() {
    return new Link(t("勐糯镇人民政府"), "mengnuo/index.html");
  }

  Link noticeColumn() {
    return new Link(t("通知公告"), "mengnuo/tzgg/index.html");
  }

  Column column(String name, String type) {
    return new Column(t(name), t(type));
  }
}
