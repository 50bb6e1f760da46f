package cn.gongkai.publisher.render;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.site.CatalogueListing;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.AgencyPage;
import cn.gongkai.themes.model.CatalogueNode;
import cn.gongkai.themes.model.CataloguePage;
import cn.gongkai.themes.model.ColumnSection;
import cn.gongkai.themes.model.DisclosureOffice;
import cn.gongkai.themes.model.ErrorKind;
import cn.gongkai.themes.model.ErrorPage;
import cn.gongkai.themes.model.GuidePage;
import cn.gongkai.themes.model.HomePage;
import cn.gongkai.themes.model.ItemSummary;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.Page;
import cn.gongkai.themes.model.Pagination;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.SiteMapPage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the typed page models of every page but the item's, in one script. Each method returns the
 * page in both variants of the script (standard and 适老), computing the content once.
 */
public final class PageModels {
  /** Newest items shown per column on the home and section pages. */
  static final int LATEST = 6;

  private final SiteContent content;
  private final SiteStructure site;
  private final Script script;
  private final Frames frames;
  private final ZoneId zone;
  private final int pageSize;

  public PageModels(SiteContent content, SiteStructure site, Script script, SiteSettings settings) {
    this.content = content;
    this.site = site;
    this.script = script;
    this.frames = new Frames(script, site);
    this.zone = settings.zone();
    this.pageSize = settings.pageSize();
  }

  public Script script() {
    return script;
  }

  public List<Page> home() {
    List<Link> agencies =
        site.agencies().stream()
            .map(a -> new Link(script.text(a.name()), SitePaths.agency(a)))
            .toList();
    List<ColumnSection> sections = new ArrayList<>();
    List<Long> everything = site.catalogues().stream().map(CatalogueEntry::id).toList();
    sections.add(
        new ColumnSection(
            script.labels().get("latestItems"),
            SitePaths.siteMap(),
            summaries(content.latest(everything, LATEST * 2))));
    for (AgencyEntry a : site.agencies()) {
      List<Long> ids =
          site.catalogues().stream()
              .filter(c -> c.agencyId() == a.id())
              .map(CatalogueEntry::id)
              .toList();
      sections.add(
          new ColumnSection(
              script.text(a.name()), SitePaths.agency(a), summaries(content.latest(ids, LATEST))));
    }
    String title = script.identity().siteName();
    return each(
        v ->
            new HomePage(
                frames.frame(
                    v, SitePaths.home(), title, List.of(), title, "columnTypeHome", "", ""),
                agencies,
                sections));
  }

  public List<Page> agency(long agencyId) {
    AgencyEntry a = site.agency(agencyId);
    ColumnSection guide = section(agencyId, CatalogueKind.GUIDE);
    ColumnSection rules = section(agencyId, CatalogueKind.RULES);
    ColumnSection statutory = section(agencyId, CatalogueKind.STATUTORY);
    ColumnSection reports = section(agencyId, CatalogueKind.ANNUAL_REPORT);
    List<CatalogueNode> tree =
        site.roots(agencyId).stream().filter(SiteStructure::lists).map(c -> node(c, true)).toList();
    String title = script.text(a.name());
    return each(
        v ->
            new AgencyPage(
                frames.frame(
                    v, SitePaths.agency(a), title, List.of(), title, "columnTypeSection", "", ""),
                guide,
                rules,
                statutory,
                reports,
                tree));
  }

  public List<Page> catalogue(long catalogueId, int archive, CatalogueListing listing) {
    CatalogueEntry c = site.catalogue(catalogueId);
    AgencyEntry a = site.agency(c.agencyId());
    String path = SitePaths.catalogue(a, c, archive);
    List<Link> subcategories =
        site.children(catalogueId).stream()
            .map(child -> new Link(script.text(child.name()), site.cataloguePath(child.id())))
            .toList();
    List<ItemSummary> items = summaries(listing.page(archive));
    Pagination pagination =
        new Pagination(
            archive,
            listing.archives(),
            listing.size(),
            SitePaths.catalogueIndex(a, c),
            SitePaths.archivePattern(a, c));
    String name = script.text(c.name());
    List<Link> trail = frames.trail(a.id(), c, false);
    return each(
        v ->
            new CataloguePage(
                frames.frame(v, path, name, trail, name, "columnTypeList", "", ""),
                subcategories,
                items,
                pagination));
  }

  public List<Page> guide(long agencyId, GuideEntry g) {
    AgencyEntry a = site.agency(agencyId);
    CatalogueEntry column =
        site.standard(agencyId, CatalogueKind.GUIDE)
            .orElseThrow(() -> new IllegalStateException(a.name() + " has no guide column."));
    DisclosureOffice office =
        new DisclosureOffice(
            script.text(g.officeName()),
            script.text(g.officeAddress()),
            null,
            script.text(g.officeHours()),
            g.phone(),
            g.fax(),
            g.email(),
            g.website() == null ? null : new Link(script.text(g.officeName()), g.website()));
    String title = script.text(column.name());
    return each(
        v ->
            new GuidePage(
                frames.frame(
                    v,
                    SitePaths.guide(a, column),
                    title,
                    frames.trail(agencyId, null, true),
                    title,
                    "columnTypeGuide",
                    "",
                    ""),
                g.updatedAt().atZoneSameInstant(zone).toLocalDate(),
                paragraphs(g.classification()),
                paragraphs(g.howToObtain()),
                office,
                new SafeHtml(g.body() == null ? "" : script.html(g.body()))));
  }

  public List<Page> siteMap() {
    List<CatalogueNode> tree = new ArrayList<>();
    for (AgencyEntry a : site.agencies()) {
      List<CatalogueNode> columns = site.roots(a.id()).stream().map(c -> node(c, false)).toList();
      tree.add(new CatalogueNode(script.text(a.name()), SitePaths.agency(a), List.of(), columns));
    }
    String title = script.labels().get("siteMap");
    return each(
        v ->
            new SiteMapPage(
                frames.frame(
                    v, SitePaths.siteMap(), title, List.of(), title, "columnTypeSiteMap", "", ""),
                tree));
  }

  public List<Page> notFound() {
    String title = script.labels().get("notFoundTitle");
    return each(
        v ->
            new ErrorPage(
                frames.frame(
                    v, SitePaths.notFound(), title, List.of(), title, "columnTypeHome", "", ""),
                ErrorKind.NOT_FOUND,
                null,
                null));
  }

  private ColumnSection section(long agencyId, CatalogueKind kind) {
    CatalogueEntry column =
        site.standard(agencyId, kind)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Agency " + agencyId + " has no " + kind + " column."));
    List<ItemSummary> latest =
        kind == CatalogueKind.GUIDE
            ? guideEntry(agencyId, column)
            : summaries(
                content.latest(
                    site.subtree(column.id()).stream().map(CatalogueEntry::id).toList(), LATEST));
    return new ColumnSection(script.text(column.name()), site.cataloguePath(column.id()), latest);
  }

  /** The guide column lists the guide itself, with the date of its current version. */
  private List<ItemSummary> guideEntry(long agencyId, CatalogueEntry column) {
    return content
        .guide(agencyId)
        .map(
            g ->
                List.of(
                    new ItemSummary(
                        "",
                        script.text(column.name()),
                        site.cataloguePath(column.id()),
                        g.updatedAt().atZoneSameInstant(zone).toLocalDate())))
        .orElse(List.of());
  }

  private CatalogueNode node(CatalogueEntry c, boolean withLatest) {
    List<ItemSummary> latest =
        withLatest && SiteStructure.lists(c) && site.children(c.id()).isEmpty()
            ? summaries(content.latest(List.of(c.id()), LATEST))
            : List.of();
    List<CatalogueNode> children =
        site.children(c.id()).stream().map(child -> node(child, withLatest)).toList();
    return new CatalogueNode(script.text(c.name()), site.cataloguePath(c.id()), latest, children);
  }

  List<ItemSummary> summaries(List<ItemRow> rows) {
    return rows.stream()
        .map(
            r ->
                new ItemSummary(
                    r.indexNumber(),
                    script.text(r.title()),
                    site.itemPath(r.agencyId(), r.id()),
                    r.publishedOn(zone)))
        .toList();
  }

  /** Plain text an editor typed in the guide, as paragraphs. */
  private SafeHtml paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return new SafeHtml("");
    }
    StringBuilder html = new StringBuilder();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>")
            .append(org.jsoup.nodes.Entities.escape(script.text(line.strip())))
            .append("</p>");
      }
    }
    return new SafeHtml(html.toString());
  }

  private List<Page> each(java.util.function.Function<Variant, Page> build) {
    return script.variants().stream().map(build).toList();
  }
}
