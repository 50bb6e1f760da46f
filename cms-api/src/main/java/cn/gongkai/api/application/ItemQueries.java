package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.Attachment;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemEvent;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.item.ItemRevision;
import cn.gongkai.domain.model.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads items within the caller's scope; full-text queries go through the search index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemQueries {
  @Inject ItemRepository items;
  @Inject ItemScope scope;
  @Inject FullTextSearch search;

  public DisclosureItem find(long id, Actor actor) {
    return scope.visible(id, actor);
  }

  public Page<DisclosureItem> list(
      ItemFilter requested, String query, int offset, int limit, Actor actor) {
    ItemFilter filter = scope.narrow(requested, actor);
    if (query == null || query.isBlank()) {
      return new Page<>(items.search(filter, offset, limit), items.count(filter));
    }
    FullTextSearch.Hits hits = search.search(query.strip(), filter, offset, limit);
    Map<Long, Integer> rank = new HashMap<>();
    for (int i = 0; i < hits.ids().size(); i++) {
      rank.put(hits.ids().get(i), i);
    }
    ItemFilter byIds =
        new ItemFilter(
            filter.state(),
            filter.agencyId(),
            filter.catalogueId(),
            filter.departmentId(),
            rank.keySet());
    List<DisclosureItem> page =
        items.search(byIds, 0, limit).stream()
            .sorted(Comparator.comparing(item -> rank.get(item.id())))
            .toList();
    return new Page<>(page, hits.total());
  }

  /** An item's review and publication record: every event and every signed revision. */
  public record History(List<ItemEvent> events, List<ItemRevision> revisions) {}

  public History history(long id, Actor actor) {
    scope.visible(id, actor);
    return new History(items.history(id), items.revisions(id));
  }

  public List<Attachment> attachments(long id, Actor actor) {
    scope.visible(id, actor);
    return items.attachments(id);
  }
}
