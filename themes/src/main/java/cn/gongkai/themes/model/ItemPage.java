package cn.gongkai.themes.model;

import java.util.Objects;

/**
 * A disclosure item's own page: notices, metadata table, body, attachments. The frame's title is
 * the page's heading (normally the item's title); the ArticleTitle meta tag is the item's title.
 */
public record ItemPage(PageFrame frame, ItemDetail item) implements Page {
  public ItemPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(item, "item");
  }
}
