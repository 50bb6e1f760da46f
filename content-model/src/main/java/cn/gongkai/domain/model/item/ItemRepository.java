package cn.gongkai.domain.model.item;

import java.util.List;
import java.util.Optional;

/** Disclosure items with their history, signed revisions and attachments. */
public interface ItemRepository {
  Optional<DisclosureItem> find(long id);

  /** A page of items matching the filter, newest change first. */
  List<DisclosureItem> search(ItemFilter filter, int offset, int limit);

  long count(ItemFilter filter);

  /**
   * Up to {@code limit} items with ids above {@code afterId}, by id: walking every item in batches.
   */
  List<DisclosureItem> batchAfter(long afterId, int limit);

  DisclosureItem add(DisclosureItem item);

  void addEvent(ItemEvent event);

  List<ItemEvent> history(long itemId);

  void addRevision(ItemRevision revision);

  Optional<ItemRevision> revision(long itemId, int revisionNo);

  List<ItemRevision> revisions(long itemId);

  Attachment addAttachment(Attachment attachment);

  List<Attachment> attachments(long itemId);

  Optional<Attachment> findAttachment(long id);

  void removeAttachment(Attachment attachment);

  /** Writes pending changes now, so version conflicts surface inside the caller's method. */
  void flush();
}
