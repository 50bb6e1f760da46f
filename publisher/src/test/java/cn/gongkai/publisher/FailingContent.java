package cn.gongkai.publisher;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.source.ContentUnavailable;
import cn.gongkai.publisher.source.memory.ItemBuilder;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Content whose source breaks while pages are being rendered, as a database connection can: after
 * {@code itemsBeforeFailure} items of a full build, or at the first list of latest items (which
 * only rendering asks for, after the item pages are written).
 */
final class FailingContent implements SiteContent {
  private final SiteContent content;
  private final int itemsBeforeFailure;
  private final long unrenderable;

  private FailingContent(SiteContent content, int itemsBeforeFailure, long unrenderable) {
    this.content = content;
    this.itemsBeforeFailure = itemsBeforeFailure;
    this.unrenderable = unrenderable;
  }

  static FailingContent afterItems(SiteContent content, int items) {
    return new FailingContent(content, items, -1);
  }

  static FailingContent atLatestItems(SiteContent content) {
    return new FailingContent(content, Integer.MAX_VALUE, -1);
  }

  /** Hands a full build item {@code id} in a catalogue the snapshot does not have. */
  static FailingContent withUnrenderableItem(SiteContent content, long id) {
    return new FailingContent(content, -1, id);
  }

  @Override
  public void forEachItem(Consumer<ItemEntry> action) {
    int[] seen = {0};
    content.forEachItem(
        item -> {
          if (seen[0]++ == itemsBeforeFailure) {
            throw broken();
          }
          action.accept(
              item.id() == unrenderable ? ItemBuilder.from(item).catalogue(999).build() : item);
        });
  }

  @Override
  public List<ItemRow> latest(Collection<Long> catalogueIds, int limit) {
    if (itemsBeforeFailure == Integer.MAX_VALUE) {
      throw broken();
    }
    return content.latest(catalogueIds, limit);
  }

  @Override
  public List<AgencyEntry> agencies() {
    return content.agencies();
  }

  @Override
  public List<CatalogueEntry> catalogues() {
    return content.catalogues();
  }

  @Override
  public Optional<GuideEntry> guide(long agencyId) {
    return content.guide(agencyId);
  }

  @Override
  public Optional<ItemEntry> item(long id) {
    return content.item(id);
  }

  @Override
  public List<ItemRow> rows(long catalogueId) {
    return content.rows(catalogueId);
  }

  @Override
  public List<ItemRow> allRows() {
    return content.allRows();
  }

  @Override
  public boolean attachmentInUse(String sha256, long exceptItemId) {
    return content.attachmentInUse(sha256, exceptItemId);
  }

  @Override
  public List<ItemRow> rowsById(long fromId, long toId) {
    return content.rowsById(fromId, toId);
  }

  private static ContentUnavailable broken() {
    return new ContentUnavailable("Query failed", new SQLException("connection reset"));
  }
}
