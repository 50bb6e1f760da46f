package cn.gongkai.publisher.site;

/**
 * One page (or feed) of the site, independent of variant: what the planner asks the renderers to
 * produce. HTML pages are rendered in all four variants; feeds and sitemaps exist once.
 */
public sealed interface PageRef {
  /** 首页. */
  record Home() implements PageRef {}

  /** 网站地图. */
  record SiteMap() implements PageRef {}

  /** The 404 page a web server answers for any missing path. */
  record NotFound() implements PageRef {}

  /** An agency's disclosure section. */
  record Agency(long agencyId) implements PageRef {}

  /** The guide page (the 政府信息公开指南 column). */
  record Guide(long agencyId) implements PageRef {}

  /** Page {@code archive} (0 = newest) of a catalogue's list. */
  record CatalogueList(long catalogueId, int archive) implements PageRef {}

  /** An item's page (or its withdrawal notice). */
  record Item(long itemId) implements PageRef {}

  /** A catalogue's Atom feed. */
  record Feed(long catalogueId) implements PageRef {}

  /** One sitemap.xml chunk of items, by id range. */
  record SitemapChunk(long chunk) implements PageRef {}

  /** sitemap.xml (the index) and the sitemap of the non-item pages. */
  record SitemapIndex() implements PageRef {}
}
