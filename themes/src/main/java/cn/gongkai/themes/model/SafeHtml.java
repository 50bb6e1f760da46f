package cn.gongkai.themes.model;

import java.util.Objects;

/**
 * Editor HTML that has already passed the sanitiser's allowlist. The only value a template may
 * print unescaped (with {@code raw}); constructing one is a promise that it was sanitised.
 */
public record SafeHtml(String html) {
  public SafeHtml {
    Objects.requireNonNull(html, "html");
  }

  @Override
  public String toString() {
    return html;
  }
}
