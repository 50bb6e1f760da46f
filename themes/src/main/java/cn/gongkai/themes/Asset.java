package cn.gongkai.themes;

import java.util.Objects;

/**
 * A static file of the theme (CSS, JS, icons) at a site-root-relative path such as {@code
 * assets/gongkai.css}, written once at the site root and shared by all variants.
 */
public record Asset(String path, byte[] bytes) {
  public Asset {
    Objects.requireNonNull(path, "path");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
