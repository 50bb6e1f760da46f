package cn.gongkai.themes.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a catalogue list.
 *
 * @param indexNumber 索引号
 * @param href the item page's site-relative path
 * @param publishedOn 发布日期
 */
public record ItemSummary(String indexNumber, String title, String href, LocalDate publishedOn) {
  public ItemSummary {
    Objects.requireNonNull(indexNumber, "indexNumber");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(publishedOn, "publishedOn");
  }
}
