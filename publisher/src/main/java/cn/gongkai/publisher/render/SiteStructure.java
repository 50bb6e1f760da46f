package cn.gongkai.publisher.render;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.site.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site's skeleton for one publication: agencies, their catalogue trees and the paths of their
 * pages, looked up by id. Built once from the snapshot; small whatever the number of items.
 */
public final class SiteStructure {
  private static final Comparator<CatalogueEntry> ORDER =
      Comparator.comparingInt(CatalogueEntry::position).thenComparingLong(CatalogueEntry::id);

  private final Map<Long, AgencyEntry> agencies = new LinkedHashMap<>();
  private final Map<Long, CatalogueEntry> catalogues = new LinkedHashMap<>();
  private final Map<Long, List<CatalogueEntry>> children;
  private final Map<Long, List<CatalogueEntry>> roots;

  public SiteStructure(List<AgencyEntry> agencyList, List<CatalogueEntry> catalogueList) {
    agencyList.forEach(a -> agencies.put(a.id(), a));
    catalogueList.forEach(c -> catalogues.put(c.id(), c));
    children =
        catalogueList.stream()
            .filter(c -> c.parentId() != null)
            .sorted(ORDER)
            .collect(
                Collectors.groupingBy(
                    CatalogueEntry::parentId, LinkedHashMap::new, Collectors.toList()));
    roots =
        catalogueList.stream()
            .filter(c -> c.parentId() == null)
            .sorted(ORDER)
            .collect(
                Collectors.groupingBy(
                    CatalogueEntry::agencyId, LinkedHashMap::new, Collectors.toList()));
  }

  public static SiteStructure of(SiteContent content) {
    return new SiteStructure(content.agencies(), content.catalogues());
  }

  public List<AgencyEntry> agencies() {
    return List.copyOf(agencies.values());
  }

  public AgencyEntry agency(long id) {
    AgencyEntry a = agencies.get(id);
    if (a == null) {
      throw new IllegalArgumentException("No agency " + id + " in this snapshot.");
    }
    return a;
  }

  public CatalogueEntry catalogue(long id) {
    CatalogueEntry c = catalogues.get(id);
    if (c == null) {
      throw new IllegalArgumentException("No catalogue " + id + " in this snapshot.");
    }
    return c;
  }

  public List<CatalogueEntry> catalogues() {
    return List.copyOf(catalogues.values());
  }

  /** The agency's top-level columns, in their national order. */
  public List<CatalogueEntry> roots(long agencyId) {
    return roots.getOrDefault(agencyId, List.of());
  }

  public List<CatalogueEntry> children(long catalogueId) {
    return children.getOrDefault(catalogueId, List.of());
  }

  /** The catalogue and every catalogue below it. */
  public List<CatalogueEntry> subtree(long catalogueId) {
    List<CatalogueEntry> out = new ArrayList<>();
    out.add(catalogue(catalogueId));
    for (CatalogueEntry child : children(catalogueId)) {
      out.addAll(subtree(child.id()));
    }
    return out;
  }

  public Optional<CatalogueEntry> standard(long agencyId, CatalogueKind kind) {
    return roots(agencyId).stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** The list of ancestors from the agency's top column down to the catalogue itself. */
  public List<CatalogueEntry> lineage(long catalogueId) {
    List<CatalogueEntry> line = new ArrayList<>();
    for (CatalogueEntry c = catalogue(catalogueId);
        c != null;
        c = c.parentId() == null ? null : catalogues.get(c.parentId())) {
      line.add(0, c);
    }
    return line;
  }

  /** Whether items are listed under this catalogue: every column but the guide's. */
  public static boolean lists(CatalogueEntry c) {
    return c.kind() != CatalogueKind.GUIDE;
  }

  public String agencyPath(long agencyId) {
    return SitePaths.agency(agency(agencyId));
  }

  /** The page of a catalogue: the guide for the guide column, the newest list page otherwise. */
  public String cataloguePath(long catalogueId) {
    CatalogueEntry c = catalogue(catalogueId);
    return SitePaths.catalogueIndex(agency(c.agencyId()), c);
  }

  public String itemPath(long agencyId, long itemId) {
    return SitePaths.item(agency(agencyId).slug(), itemId);
  }
}
