package cn.gongkai.accessibility;

import java.util.Objects;

/**
 * What the checker needs to know about a page besides its HTML.
 *
 * @param path the page's path relative to the site root (used in findings)
 * @param elderly whether this is an elderly-friendly (适老) page; a page whose {@code <html>} has the
 *     class {@code gk-elder} is treated as one either way
 * @param styleSheets resolves the stylesheets the page links to
 */
public record PageContext(String path, boolean elderly, StyleSheets styleSheets) {

  public PageContext {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(styleSheets, "styleSheets");
  }

  /** A standard page whose stylesheets are given by {@code styleSheets}. */
  public static PageContext standard(String path, StyleSheets styleSheets) {
    return new PageContext(path, false, styleSheets);
  }

  /** An elderly-friendly page whose stylesheets are given by {@code styleSheets}. */
  public static PageContext elderly(String path, StyleSheets styleSheets) {
    return new PageContext(path, true, styleSheets);
  }
}
