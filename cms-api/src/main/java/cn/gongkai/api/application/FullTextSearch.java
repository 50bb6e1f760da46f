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

  /** Empties the index before a rebuild; {@link #add} then fills it and {@link #commit} ends it. */
  void clear();

  void add(DisclosureItem item);

  void commit();

  long size();
}
