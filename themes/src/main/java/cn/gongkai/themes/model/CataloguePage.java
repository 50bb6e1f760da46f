package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a catalogue's list, newest first. The page title is the catalogue's name.
 *
 * @param subcategories links to the catalogue's child catalogues (may be empty)
 */
public record CataloguePage(
    PageFrame frame, List<Link> subcategories, List<ItemSummary> items, Pagination pagination)
    implements Page {
  public CataloguePage {
    Objects.requireNonNull(frame, "frame");
    subcategories = List.copyOf(subcategories);
    items = List.copyOf(items);
    Objects.requireNonNull(pagination, "pagination");
  }
}
