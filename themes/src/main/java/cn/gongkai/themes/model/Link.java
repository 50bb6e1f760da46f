package cn.gongkai.themes.model;

import java.util.Objects;

/** A link: {@code href} is a site-root-relative path or an absolute {@code https://} URL. */
public record Link(String text, String href) {
  public Link {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(href, "href");
  }
}
