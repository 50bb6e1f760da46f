package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.ItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search index in step with the database: an item is reindexed once the transaction that
 * changed it has committed (never for a change that rolled back).
 */
@ApplicationScoped
public class SearchIndexer {
  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject ItemRepository items;
  @Inject FullTextSearch search;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged event) {
    try {
      items.find(event.itemId()).ifPresent(search::index);
    } catch (RuntimeException e) {
      // The database is the truth; a missed index update heals at the next rebuild.
      LOG.log(Level.WARNING, "Could not index item " + event.itemId(), e);
    }
  }

  @Inject IndexBatches batches;

  /**
   * Rebuilds the index when it does not hold exactly the items the database holds, reading them in
   * batches (each its own transaction) so memory does not grow with the number of items.
   */
  public void rebuildIfStale() {
    long stored = batches.count();
    if (search.size() == stored) {
      return;
    }
    LOG.info(() -> "Rebuilding the search index for " + stored + " items.");
    search.clear();
    long after = 0;
    for (var batch = batches.after(after); !batch.isEmpty(); batch = batches.after(after)) {
      batch.forEach(search::add);
      after = batch.get(batch.size() - 1).id();
    }
    search.commit();
  }
}
