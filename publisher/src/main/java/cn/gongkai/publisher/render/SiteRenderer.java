package cn.gongkai.publisher.render;

import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.gate.ContentGate;
import cn.gongkai.publisher.gate.GateFinding;
import cn.gongkai.publisher.gate.GateReport;
import cn.gongkai.publisher.gate.PageGates;
import cn.gongkai.publisher.site.CatalogueListing;
import cn.gongkai.publisher.site.PageRef;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.themes.Asset;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders pages of one publication into its release: each HTML page in its four variants, the XML
 * files once, attachments once. Thread-safe: a full build calls it from both cores.
 */
public final class SiteRenderer {
  private static final int FEED_ENTRIES = 20;

  private final SiteContent content;
  private final SiteStructure site;
  private final SiteSettings settings;
  private final Theme theme;
  private final List<PageModels> models;
  private final List<ItemModels> itemModels;
  private final PageSink sink;
  private final PageGates pageGates;
  private final ContentGate contentGate;
  private final GateReport report;
  private final AttachmentStore files;
  private final Map<Long, CatalogueListing> listings = new ConcurrentHashMap<>();

  /** Attachment paths an item of this publication has placed: one put per file. */
  private final Set<String> placedFiles = ConcurrentHashMap.newKeySet();

  private volatile boolean fullBuild;

  public SiteRenderer(
      SiteContent content,
      SiteSettings settings,
      Theme theme,
      Script simplified,
      Script traditional,
      PageSink sink,
      PageGates pageGates,
      GateReport report,
      AttachmentStore files) {
    this.content = content;
    this.site = SiteStructure.of(content);
    this.settings = settings;
    this.theme = theme;
    this.models =
        List.of(
            new PageModels(content, site, simplified, settings),
            new PageModels(content, site, traditional, settings));
    this.itemModels =
        List.of(
            new ItemModels(site, simplified, settings),
            new ItemModels(site, traditional, settings));
    this.sink = sink;
    this.pageGates = pageGates;
    this.contentGate = new ContentGate(report);
    this.report = report;
    this.files = files;
  }

  public SiteStructure site() {
    return site;
  }

  /**
   * In a full build every file is written afresh and whatever the build did not write is removed
   * afterwards, so a withdrawn item's attachments simply stay out — without a query per item.
   */
  public void fullBuild() {
    this.fullBuild = true;
  }

  public void render(PageRef ref) {
    if (ref instanceof PageRef.Item i) {
      content.item(i.itemId()).ifPresentOrElse(this::item, () -> missing("item " + i.itemId()));
    } else if (ref instanceof PageRef.CatalogueList c) {
      CatalogueEntry catalogue = site.catalogue(c.catalogueId());
      if (SiteStructure.lists(catalogue)) {
        CatalogueListing listing = listing(c.catalogueId());
        if (c.archive() <= listing.archives()) {
          catalogue(c.catalogueId(), c.archive(), listing);
        }
      }
    } else if (ref instanceof PageRef.Agency a) {
      pages("agency", model -> model.agency(a.agencyId()));
      warnEmptyColumns(a.agencyId());
    } else if (ref instanceof PageRef.Guide g) {
      content
          .guide(g.agencyId())
          .ifPresentOrElse(
              guide -> pages("guide", model -> model.guide(g.agencyId(), guide)),
              () -> missingGuide(g.agencyId()));
    } else if (ref instanceof PageRef.Home) {
      pages("home", PageModels::home);
    } else if (ref instanceof PageRef.SiteMap) {
      pages("sitemap", PageModels::siteMap);
    } else if (ref instanceof PageRef.NotFound) {
      pages("404", PageModels::notFound);
    } else if (ref instanceof PageRef.Feed f) {
      feed(site.catalogue(f.catalogueId()));
    } else if (ref instanceof PageRef.SitemapChunk s) {
      sitemapChunk(
          s.chunk(),
          content.rowsById(
              s.chunk() * SitePaths.SITEMAP_CHUNK, (s.chunk() + 1) * SitePaths.SITEMAP_CHUNK));
    } else if (ref instanceof PageRef.SitemapIndex) {
      sitemapIndex(content.highestItemId());
    }
  }

  /** An item's page in four variants, its attachments, and the checks of its content. */
  public void item(ItemEntry item) {
    String path = site.itemPath(item.agencyId(), item.id());
    contentGate.inspect(item, path);
    java.util.Set<String> linkedBefore =
        fullBuild ? java.util.Set.of() : sink.attachmentLinksOf(path);
    for (ItemModels models : itemModels) {
      write("item", models.pages(item));
    }
    removeDroppedAttachments(item, linkedBefore);
    for (AttachmentEntry file : item.attachments()) {
      String filePath = SitePaths.attachment(file);
      if (item.withdrawn()) {
        // Withdrawal is often for leaked personal data: the file must stop being downloadable.
        if (!fullBuild && !content.attachmentInUse(file.sha256(), item.id())) {
          sink.delete(filePath);
        }
      } else if (placedFiles.add(filePath)) {
        // Items sharing a file may render at once on two threads: the first one places it.
        if (!sink.willHave(filePath)) {
          copy(file, filePath, path);
        } else if (fullBuild) {
          // The base release has the file; a full build drops whatever it neither wrote nor kept.
          sink.keep(filePath);
        }
      }
    }
  }

  /**
   * A revision that drops an attachment — or a withdrawal — must take the file off the site too (it
   * may be the one with the personal data): files the item's live page linked to and its new page
   * does not are removed, unless another item still shows them.
   */
  private void removeDroppedAttachments(ItemEntry item, java.util.Set<String> linkedBefore) {
    java.util.Set<String> kept =
        item.withdrawn()
            ? java.util.Set.of()
            : item.attachments().stream()
                .map(SitePaths::attachment)
                .collect(java.util.stream.Collectors.toSet());
    for (String dropped : linkedBefore) {
      if (!kept.contains(dropped)
          && !content.attachmentInUse(SitePaths.hashOf(dropped), item.id())) {
        sink.delete(dropped);
      }
    }
  }

  public void catalogue(long catalogueId, int archive, CatalogueListing listing) {
    for (PageModels model : models) {
      write("catalogue", model.catalogue(catalogueId, archive, listing));
    }
  }

  /** The theme's static files, shared by every variant. */
  public void assets() {
    for (Asset asset : theme.assets()) {
      sink.put(asset.path(), asset.bytes());
    }
  }

  public void feed(CatalogueEntry catalogue) {
    if (!SiteStructure.lists(catalogue)) {
      return;
    }
    var agency = site.agency(catalogue.agencyId());
    List<ItemRow> latest = content.latest(List.of(catalogue.id()), FEED_ENTRIES);
    List<XmlFiles.FeedEntry> entries = new ArrayList<>();
    for (ItemRow row : latest) {
      entries.add(
          new XmlFiles.FeedEntry(
              row.title(),
              url(site.itemPath(row.agencyId(), row.id())),
              row.publishedAt(),
              row.lastPublishedAt()));
    }
    String title = settings.identity().siteName() + "：" + agency.name() + " · " + catalogue.name();
    OffsetDateTime updated = latest.isEmpty() ? null : XmlFiles.newest(latest);
    sink.put(
        SitePaths.feed(agency, catalogue),
        XmlFiles.atom(
            url(SitePaths.feed(agency, catalogue)),
            url(site.cataloguePath(catalogue.id())),
            title,
            updated,
            entries));
  }

  public void sitemapChunk(long chunk, List<ItemRow> rows) {
    List<XmlFiles.SitemapUrl> urls = new ArrayList<>();
    for (ItemRow row : rows) {
      String path = site.itemPath(row.agencyId(), row.id());
      for (Variant v : Variant.values()) {
        urls.add(new XmlFiles.SitemapUrl(url(v.prefix() + path), row.lastPublishedAt()));
      }
    }
    sink.put(SitePaths.sitemapChunk(chunk), XmlFiles.urlset(urls));
  }

  /** sitemap.xml lists the pages' sitemap and one file per chunk of item ids. */
  public void sitemapIndex(long highestItemId) {
    List<XmlFiles.SitemapUrl> pages = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    paths.add(SitePaths.home());
    paths.add(SitePaths.siteMap());
    for (var agency : site.agencies()) {
      paths.add(SitePaths.agency(agency));
    }
    for (CatalogueEntry c : site.catalogues()) {
      paths.add(site.cataloguePath(c.id()));
    }
    for (String p : paths) {
      for (Variant v : Variant.values()) {
        pages.add(new XmlFiles.SitemapUrl(url(v.prefix() + p), null));
      }
    }
    sink.put(SitePaths.sitemapPages(), XmlFiles.urlset(pages));
    List<XmlFiles.SitemapUrl> maps = new ArrayList<>();
    maps.add(new XmlFiles.SitemapUrl(url(SitePaths.sitemapPages()), null));
    for (long chunk = 0;
        chunk <= SitePaths.chunkOf(Math.max(highestItemId, 0)) && highestItemId >= 0;
        chunk++) {
      maps.add(new XmlFiles.SitemapUrl(url(SitePaths.sitemapChunk(chunk)), null));
    }
    sink.put(SitePaths.sitemapIndex(), XmlFiles.sitemapIndex(maps));
  }

  /** The catalogue's listing, read and sliced once per publication. */
  public CatalogueListing listing(long catalogueId) {
    return listings.computeIfAbsent(
        catalogueId, id -> new CatalogueListing(content.rows(id), settings.pageSize()));
  }

  /** Gives the renderer a listing computed elsewhere (the full build sorts every row once). */
  public void useListing(long catalogueId, CatalogueListing listing) {
    listings.put(catalogueId, listing);
  }

  private interface ModelPages {
    List<Page> pages(PageModels model);
  }

  private void pages(String kind, ModelPages build) {
    for (PageModels model : models) {
      write(kind, build.pages(model));
    }
  }

  private void write(String kind, List<Page> pages) {
    for (Page page : pages) {
      Variant v = page.frame().variant();
      String path = v.prefix() + page.frame().path();
      byte[] html = theme.renderUtf8(page);
      pageGates.inspect(kind, v, path, html);
      sink.put(path, html);
    }
  }

  private void copy(AttachmentEntry file, String filePath, String page) {
    try {
      Optional<InputStream> bytes = files.open(file.sha256());
      if (bytes.isEmpty()) {
        report.add(
            new GateFinding(
                "links",
                true,
                page,
                "missing-attachment",
                null,
                null,
                "The attachment " + file.fileName() + " is not in the attachment store.",
                "Upload the file again."));
        return;
      }
      sink.put(filePath, bytes.get());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read attachment " + file.sha256(), e);
    }
  }

  /** Without a guide its column still has a page (saying it is empty), so nothing links nowhere. */
  private void missingGuide(long agencyId) {
    site.standard(agencyId, cn.gongkai.domain.model.catalogue.CatalogueKind.GUIDE)
        .ifPresent(
            column ->
                catalogue(column.id(), 0, new CatalogueListing(List.of(), settings.pageSize())));
    report.add(
        new GateFinding(
            "content",
            false,
            site.agencyPath(agencyId),
            "missing-guide",
            "条例 第12条",
            null,
            site.agency(agencyId).name()
                + " has no disclosure guide yet; its guide column is empty.",
            "Write the guide (PUT /api/agencies/" + agencyId + "/guide)."));
  }

  /**
   * National inspections count an empty column (空栏目) against the site: say so in the job's report,
   * column by column, so the disclosure office can fill it.
   */
  private void warnEmptyColumns(long agencyId) {
    for (CatalogueEntry column : site.roots(agencyId)) {
      if (!SiteStructure.lists(column)) {
        continue;
      }
      var ids = site.subtree(column.id()).stream().map(CatalogueEntry::id).toList();
      if (content.latest(ids, 1).isEmpty()) {
        report.add(
            new GateFinding(
                "content",
                false,
                site.cataloguePath(column.id()),
                "empty-column",
                "国办公开办函〔2019〕61号",
                null,
                site.agency(agencyId).name()
                    + " · "
                    + column.name()
                    + " has no published information.",
                "Publish the column's information; inspectors count an empty column as a fault."));
      }
    }
  }

  private void missing(String what) {
    report.add(
        new GateFinding(
            "content",
            true,
            what,
            "missing-content",
            null,
            null,
            "The " + what + " to publish is not in the content snapshot.",
            "Check the publish job."));
  }

  private String url(String path) {
    return settings.identity().siteDomain() + "/" + path;
  }
}
