package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads every item in batches, one transaction each, for the search index rebuild. */
@ApplicationScoped
public class IndexBatches {
  static final int SIZE = 500;

  @Inject ItemRepository items;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long count() {
    return items.count(ItemFilter.all());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<DisclosureItem> after(long id) {
    return items.batchAfter(id, SIZE);
  }
}
