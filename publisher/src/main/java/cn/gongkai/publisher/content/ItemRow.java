package cn.gongkai.publisher.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * An item as a list row: enough for catalogue pages, feeds and sitemaps, small enough to hold a
 * whole city's catalogue in memory (about 200 bytes each).
 */
public record ItemRow(
    long id,
    long agencyId,
    long catalogueId,
    String title,
    String indexNumber,
    OffsetDateTime publishedAt,
    boolean withdrawn,
    OffsetDateTime lastPublishedAt) {

  /** The order of a catalogue's list: first publication, then id. Positions never change. */
  public static final Comparator<ItemRow> OLDEST_FIRST =
      Comparator.comparing(ItemRow::publishedAt).thenComparingLong(ItemRow::id);

  public LocalDate publishedOn(ZoneId zone) {
    return publishedAt.atZoneSameInstant(zone).toLocalDate();
  }
}
