package cn.gongkai.publisher.site;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.SiteContent;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which pages a change touches. An item going live or coming off touches its own page, the
 * list pages of its catalogue (before and after, should it have moved) that actually differ, that
 * catalogue's feed, its agency's section page, the home page and its sitemap chunk — in all four
 * variants, and nothing else, whatever the size of the site.
 */
public final class Planner {
  private final int pageSize;

  public Planner(int pageSize) {
    this.pageSize = pageSize;
  }

  /**
   * @param before the site as it is live now
   * @param after the site as this publication will make it
   */
  public Set<PageRef> plan(ChangeSet changes, SiteContent before, SiteContent after) {
    if (changes.everything()) {
      throw new IllegalArgumentException("A full build renders everything; it needs no plan.");
    }
    Set<PageRef> pages = new LinkedHashSet<>();
    Set<Long> catalogues = new TreeSet<>();
    Set<Long> agencies = new TreeSet<>();
    for (long id : changes.items()) {
      pages.add(new PageRef.Item(id));
      Optional<ItemEntry> was = before.item(id);
      Optional<ItemEntry> will = after.item(id);
      was.ifPresent(i -> catalogues.add(i.catalogueId()));
      will.ifPresent(i -> catalogues.add(i.catalogueId()));
      will.or(() -> was).ifPresent(i -> agencies.add(i.agencyId()));
      pages.add(new PageRef.SitemapChunk(SitePaths.chunkOf(id)));
    }
    for (long catalogueId : catalogues) {
      CatalogueListing old = new CatalogueListing(before.rows(catalogueId), pageSize);
      CatalogueListing now = new CatalogueListing(after.rows(catalogueId), pageSize);
      now.pagesChangedSince(old).forEach(k -> pages.add(new PageRef.CatalogueList(catalogueId, k)));
      pages.add(new PageRef.Feed(catalogueId));
    }
    for (long agencyId : changes.guides()) {
      pages.add(new PageRef.Guide(agencyId));
      agencies.add(agencyId);
    }
    for (long agencyId : changes.catalogueTrees()) {
      wholeSection(agencyId, after, pages);
      agencies.add(agencyId);
    }
    agencies.forEach(a -> pages.add(new PageRef.Agency(a)));
    if (!pages.isEmpty()) {
      pages.add(new PageRef.Home());
      pages.add(new PageRef.SitemapIndex());
    }
    return pages;
  }

  /** A new or moved catalogue: every list page and feed of the agency, and the site map. */
  private void wholeSection(long agencyId, SiteContent after, Set<PageRef> pages) {
    for (CatalogueEntry c : after.catalogues()) {
      if (c.agencyId() != agencyId) {
        continue;
      }
      CatalogueListing listing = new CatalogueListing(after.rows(c.id()), pageSize);
      for (int k = 0; k <= listing.archives(); k++) {
        pages.add(new PageRef.CatalogueList(c.id(), k));
      }
      pages.add(new PageRef.Feed(c.id()));
    }
    pages.add(new PageRef.Guide(agencyId));
    pages.add(new PageRef.SiteMap());
  }
}
