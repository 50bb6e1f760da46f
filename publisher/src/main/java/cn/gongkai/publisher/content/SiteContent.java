package cn.gongkai.publisher.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The content a publication renders: one consistent snapshot of what the site will show once the
 * release is live. Lists come sorted the way the site shows them; the full build streams items so
 * memory does not grow with their number.
 */
public interface SiteContent {
  List<AgencyEntry> agencies();

  List<CatalogueEntry> catalogues();

  Optional<GuideEntry> guide(long agencyId);

  Optional<ItemEntry> item(long id);

  /** Every item on the site, in id order, one at a time. */
  void forEachItem(Consumer<ItemEntry> action);

  /** A catalogue's rows, oldest first by first publication (then id): stable list positions. */
  List<ItemRow> rows(long catalogueId);

  /** Every row of the site, oldest first: the full build sorts once and slices. */
  List<ItemRow> allRows();

  /** The newest rows among the given catalogues, newest first. */
  List<ItemRow> latest(java.util.Collection<Long> catalogueIds, int limit);

  /** Whether a live item other than {@code exceptItemId} shows the file with this hash. */
  boolean attachmentInUse(String sha256, long exceptItemId);

  /** The highest id of an item on the site, or -1 when there is none. */
  default long highestItemId() {
    return allRows().stream().mapToLong(ItemRow::id).max().orElse(-1);
  }

  /** Rows with ids in [fromId, toId), by id: one sitemap chunk. */
  List<ItemRow> rowsById(long fromId, long toId);
}
