package cn.gongkai.publisher.site;

import java.util.Set;

/**
 * What a publication changes, as the job runner knows it: items whose page changes (a signed
 * revision going live, or a withdrawal), agencies whose guide changed, agencies whose catalogue
 * tree changed, or everything.
 */
public record ChangeSet(
    Set<Long> items, Set<Long> guides, Set<Long> catalogueTrees, boolean everything) {
  public ChangeSet {
    items = Set.copyOf(items);
    guides = Set.copyOf(guides);
    catalogueTrees = Set.copyOf(catalogueTrees);
  }

  public static ChangeSet full() {
    return new ChangeSet(Set.of(), Set.of(), Set.of(), true);
  }

  public static ChangeSet ofItems(Set<Long> ids) {
    return new ChangeSet(ids, Set.of(), Set.of(), false);
  }

  public boolean isEmpty() {
    return !everything && items.isEmpty() && guides.isEmpty() && catalogueTrees.isEmpty();
  }
}
