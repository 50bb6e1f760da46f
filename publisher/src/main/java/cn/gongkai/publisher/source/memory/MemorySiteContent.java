package cn.gongkai.publisher.source.memory;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A snapshot of published content held in memory: what a JSON export loads into, and what tests and
 * benchmarks build directly. Immutable once built, so it can be read from every rendering thread;
 * {@link #toBuilder()} starts the next snapshot from this one. Answers exactly as {@code
 * JdbcSiteContent} does: every item that ever went live is in it, withdrawn ones included (their
 * page is a notice); lists are oldest first by {@link ItemRow#OLDEST_FIRST}.
 */
public final class MemorySiteContent implements SiteContent {
  private final List<AgencyEntry> agencies;
  private final List<CatalogueEntry> catalogues;
  private final Map<Long, GuideEntry> guides;
  private final NavigableMap<Long, ItemEntry> items;
  private final Map<Long, List<ItemRow>> rowsByCatalogue;
  private final List<ItemRow> allRows;

  /** SHA-256 → the live (not withdrawn) items that show the file. */
  private final Map<String, Set<Long>> filesInUse;

  MemorySiteContent(
      List<AgencyEntry> agencies,
      List<CatalogueEntry> catalogues,
      Map<Long, GuideEntry> guides,
      NavigableMap<Long, ItemEntry> items) {
    this.agencies = List.copyOf(agencies);
    this.catalogues = List.copyOf(catalogues);
    this.guides = Map.copyOf(guides);
    this.items = Collections.unmodifiableNavigableMap(items);
    List<ItemRow> rows = new ArrayList<>(items.size());
    Map<Long, List<ItemRow>> byCatalogue = new HashMap<>();
    Map<String, Set<Long>> inUse = new HashMap<>();
    for (ItemEntry item : items.values()) {
      ItemRow row = item.row();
      rows.add(row);
      byCatalogue.computeIfAbsent(item.catalogueId(), c -> new ArrayList<>()).add(row);
      if (!item.withdrawn()) {
        for (AttachmentEntry file : item.attachments()) {
          inUse.computeIfAbsent(file.sha256(), h -> new HashSet<>()).add(item.id());
        }
      }
    }
    rows.sort(ItemRow.OLDEST_FIRST);
    byCatalogue.values().forEach(list -> list.sort(ItemRow.OLDEST_FIRST));
    this.allRows = Collections.unmodifiableList(rows);
    this.rowsByCatalogue = byCatalogue;
    this.filesInUse = inUse;
  }

  public static MemorySiteContentBuilder builder() {
    return new MemorySiteContentBuilder();
  }

  /** A builder holding everything this snapshot holds: change it to make the next one. */
  public MemorySiteContentBuilder toBuilder() {
    MemorySiteContentBuilder builder = new MemorySiteContentBuilder();
    agencies.forEach(builder::agency);
    catalogues.forEach(builder::catalogue);
    guides.values().forEach(builder::guide);
    items.values().forEach(builder::item);
    return builder;
  }

  /** How many items the snapshot holds, withdrawn ones included. */
  public int itemCount() {
    return items.size();
  }

  @Override
  public List<AgencyEntry> agencies() {
    return agencies;
  }

  @Override
  public List<CatalogueEntry> catalogues() {
    return catalogues;
  }

  @Override
  public Optional<GuideEntry> guide(long agencyId) {
    return Optional.ofNullable(guides.get(agencyId));
  }

  @Override
  public Optional<ItemEntry> item(long id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public void forEachItem(Consumer<ItemEntry> action) {
    items.values().forEach(action);
  }

  @Override
  public List<ItemRow> rows(long catalogueId) {
    return Collections.unmodifiableList(rowsByCatalogue.getOrDefault(catalogueId, List.of()));
  }

  @Override
  public List<ItemRow> allRows() {
    return allRows;
  }

  /** Each catalogue's list is oldest first, so its newest rows are its last {@code limit}. */
  @Override
  public List<ItemRow> latest(Collection<Long> catalogueIds, int limit) {
    List<ItemRow> candidates = new ArrayList<>();
    for (long id : new LinkedHashSet<>(catalogueIds)) {
      List<ItemRow> rows = rowsByCatalogue.getOrDefault(id, List.of());
      candidates.addAll(rows.subList(Math.max(0, rows.size() - limit), rows.size()));
    }
    candidates.sort(ItemRow.OLDEST_FIRST.reversed());
    return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
  }

  @Override
  public boolean attachmentInUse(String sha256, long exceptItemId) {
    Set<Long> users = filesInUse.getOrDefault(sha256, Set.of());
    return users.size() > (users.contains(exceptItemId) ? 1 : 0);
  }

  @Override
  public long highestItemId() {
    return items.isEmpty() ? -1 : items.lastKey();
  }

  @Override
  public List<ItemRow> rowsById(long fromId, long toId) {
    if (fromId >= toId) {
      return List.of();
    }
    return items.subMap(fromId, true, toId, false).values().stream().map(ItemEntry::row).toList();
  }
}
