package cn.gongkai.publisher.source.memory;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects agencies, catalogues, guides and items into a {@link MemorySiteContent}. Entries are
 * kept by id, so adding one with an id already present replaces it (a revision, a move, a
 * withdrawal). {@link #build()} checks what the database's constraints would: every reference
 * resolves, slugs and catalogue codes are unique, published items carry what their page shows.
 */
public final class MemorySiteContentBuilder {
  /** Problems listed in full when a snapshot is refused; more are only counted. */
  private static final int LISTED = 10;

  private final Map<Long, AgencyEntry> agencies = new TreeMap<>();
  private final Map<Long, CatalogueEntry> catalogues = new LinkedHashMap<>();
  private final Map<Long, GuideEntry> guides = new HashMap<>();
  private final TreeMap<Long, ItemEntry> items = new TreeMap<>();

  MemorySiteContentBuilder() {}

  public MemorySiteContentBuilder agency(AgencyEntry agency) {
    agencies.put(agency.id(), agency);
    return this;
  }

  public MemorySiteContentBuilder catalogue(CatalogueEntry catalogue) {
    catalogues.put(catalogue.id(), catalogue);
    return this;
  }

  /**
   * The four columns every disclosure section has (指南, 制度, 法定主动公开内容, 年报), with their national
   * codes, as the CMS creates them for a new agency; their ids are {@code firstId} to {@code
   * firstId + 3} in that order.
   */
  public MemorySiteContentBuilder standardColumns(long agencyId, long firstId) {
    long id = firstId;
    for (CatalogueKind kind : CatalogueKind.values()) {
      if (kind.standard()) {
        ColumnType type =
            kind == CatalogueKind.STATUTORY ? ColumnType.NOTICE : ColumnType.REFERENCE;
        catalogue(
            new CatalogueEntry(
                id++,
                agencyId,
                null,
                kind.standardCode(),
                kind.standardName(),
                kind,
                type,
                kind.ordinal()));
      }
    }
    return this;
  }

  /** The agency's current guide; a later version replaces an earlier one. */
  public MemorySiteContentBuilder guide(GuideEntry guide) {
    guides.put(guide.agencyId(), guide);
    return this;
  }

  public MemorySiteContentBuilder item(ItemEntry item) {
    items.put(item.id(), item);
    return this;
  }

  public MemorySiteContentBuilder withoutItem(long itemId) {
    items.remove(itemId);
    return this;
  }

  /** The snapshot; throws {@link IllegalArgumentException} naming what does not hold together. */
  public MemorySiteContent build() {
    List<String> problems = new ArrayList<>();
    checkAgencies(problems);
    checkCatalogues(problems);
    guides.values().stream()
        .filter(g -> !agencies.containsKey(g.agencyId()))
        .forEach(g -> problems.add("The guide of agency " + g.agencyId() + " has no agency."));
    items.values().forEach(item -> checkItem(item, problems));
    if (!problems.isEmpty()) {
      String listed = String.join("\n  ", problems.subList(0, Math.min(LISTED, problems.size())));
      String more = problems.size() > LISTED ? "\n  … and " + (problems.size() - LISTED) : "";
      throw new IllegalArgumentException(
          "The content does not hold together (" + problems.size() + "):\n  " + listed + more);
    }
    List<CatalogueEntry> ordered = new ArrayList<>(catalogues.values());
    // The order JdbcSiteContent reads them in.
    ordered.sort(
        Comparator.comparingLong(CatalogueEntry::agencyId)
            .thenComparingInt(CatalogueEntry::position)
            .thenComparingLong(CatalogueEntry::id));
    return new MemorySiteContent(
        new ArrayList<>(agencies.values()), ordered, guides, new TreeMap<>(items));
  }

  private void checkAgencies(List<String> problems) {
    Map<String, Long> slugs = new HashMap<>();
    for (AgencyEntry a : agencies.values()) {
      if (a.slug() == null || a.name() == null) {
        problems.add("Agency " + a.id() + " needs a slug and a name.");
      } else if (slugs.putIfAbsent(a.slug(), a.id()) != null) {
        problems.add("Agencies " + slugs.get(a.slug()) + " and " + a.id() + " share " + a.slug());
      }
    }
  }

  private void checkCatalogues(List<String> problems) {
    Map<String, Long> codes = new HashMap<>();
    for (CatalogueEntry c : catalogues.values()) {
      String name = "Catalogue " + c.id();
      if (!agencies.containsKey(c.agencyId())) {
        problems.add(name + " belongs to agency " + c.agencyId() + ", which is not there.");
      }
      if (c.code() == null || c.name() == null || c.kind() == null || c.columnType() == null) {
        problems.add(name + " needs a code, a name, a kind and a column type.");
      } else if (codes.putIfAbsent(c.agencyId() + "/" + c.code(), c.id()) != null) {
        problems.add(name + " repeats the code " + c.code() + " within its agency.");
      }
      if (c.parentId() != null) {
        CatalogueEntry parent = catalogues.get(c.parentId());
        if (parent == null || parent.agencyId() != c.agencyId()) {
          problems.add(name + " has parent " + c.parentId() + ", not a catalogue of its agency.");
        }
      }
    }
  }

  private void checkItem(ItemEntry item, List<String> problems) {
    String name = "Item " + item.id();
    CatalogueEntry catalogue = catalogues.get(item.catalogueId());
    if (!agencies.containsKey(item.agencyId())) {
      problems.add(name + " belongs to agency " + item.agencyId() + ", which is not there.");
    }
    if (catalogue == null || catalogue.agencyId() != item.agencyId()) {
      problems.add(name + " is in catalogue " + item.catalogueId() + ", not one of its agency's.");
    }
    if (item.title() == null || item.indexNumber() == null || item.validity() == null) {
      problems.add(name + " needs a title, an index number and a validity.");
    }
    if (item.publishedAt() == null || item.lastPublishedAt() == null) {
      problems.add(name + " has not been published: it needs publishedAt and lastPublishedAt.");
    }
    if (item.withdrawn() && item.withdrawnAt() == null) {
      problems.add(name + " is withdrawn but has no withdrawnAt.");
    }
    item.attachments().stream()
        .filter(f -> f.fileName() == null || !isSha256(f.sha256()))
        .forEach(
            f -> problems.add(name + ": attachment " + f.id() + " needs a name and a SHA-256."));
  }

  private static boolean isSha256(String hash) {
    return Objects.nonNull(hash) && hash.matches("[0-9a-f]{64}");
  }
}
