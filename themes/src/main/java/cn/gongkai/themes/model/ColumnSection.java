package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/** A column with its newest items and a link to its full list (更多). */
public record ColumnSection(String title, String href, List<ItemSummary> latest) {
  public ColumnSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    latest = List.copyOf(latest);
  }
}
