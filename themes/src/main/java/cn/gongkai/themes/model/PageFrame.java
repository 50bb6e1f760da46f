package cn.gongkai.themes.model;

import cn.gongkai.themes.Labels;
import cn.gongkai.themes.Variant;
import java.util.List;
import java.util.Objects;

/**
 * What every page carries besides its content: the site, the variant and its labels, where the page
 * lives and what it is called.
 *
 * @param path the page's site-relative path, the same in every variant ({@code
 *     mengnuo/tzgg/index.html})
 * @param title the page title, shown as its only {@code h1} and in {@code <title>}
 * @param breadcrumbs the ancestors between 首页 and this page (首页 and the page itself are added)
 * @param column the column (栏目) for the ColumnName / ColumnType meta tags
 * @param keywords the Keywords meta tag (may be empty)
 * @param description the Description meta tag (may be empty)
 */
public record PageFrame(
    SiteIdentity site,
    Variant variant,
    Labels labels,
    String path,
    String title,
    List<Link> breadcrumbs,
    Column column,
    String keywords,
    String description) {

  public PageFrame {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(path, "path");
    if (path.startsWith("/") || !path.endsWith(".html")) {
      throw new IllegalArgumentException(
          "A page path is site-relative and names an .html file, not '" + path + "'.");
    }
    Objects.requireNonNull(title, "title");
    breadcrumbs = List.copyOf(breadcrumbs);
    Objects.requireNonNull(column, "column");
    keywords = keywords == null ? "" : keywords;
    description = description == null ? "" : description;
  }
}
