package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemFilter;
import java.util.List;

/** Full-text search over items' working copies, ranked by relevance. */
public interface FullTextSearch {
  /** One page of matching item ids, best first, and how many match in all. */
  record Hits(List<Long> ids, long total) {}

  Hits search(String query, ItemFilter filter, int offset, int limit);

  void index(DisclosureItem item);

  /** Replaces the whole index with these items (start-up, or after a restore). */
  void rebuild(Iterable<DisclosureItem> items);

  long size();
}
