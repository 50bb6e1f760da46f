package cn.gongkai.publisher.render;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.Column;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.PageFrame;
import java.util.ArrayList;
import java.util.List;

/** The frame every page carries: site, variant, labels, path, title, breadcrumbs, metadata. */
final class Frames {
  private final Script script;
  private final SiteStructure site;

  Frames(Script script, SiteStructure site) {
    this.script = script;
    this.site = site;
  }

  PageFrame frame(
      Variant variant,
      String path,
      String title,
      List<Link> breadcrumbs,
      String columnName,
      String columnTypeLabel,
      String keywords,
      String description) {
    return new PageFrame(
        script.identity(),
        variant,
        script.labels(),
        path,
        title,
        breadcrumbs,
        new Column(columnName, script.labels().get(columnTypeLabel)),
        keywords,
        description);
  }

  /** Agency, then each catalogue from the top column down to {@code upTo} (inclusive or not). */
  List<Link> trail(long agencyId, CatalogueEntry catalogue, boolean includeLast) {
    List<Link> trail = new ArrayList<>();
    trail.add(new Link(script.text(site.agency(agencyId).name()), site.agencyPath(agencyId)));
    if (catalogue != null) {
      List<CatalogueEntry> line = site.lineage(catalogue.id());
      int end = includeLast ? line.size() : line.size() - 1;
      for (CatalogueEntry c : line.subList(0, end)) {
        trail.add(new Link(script.text(c.name()), site.cataloguePath(c.id())));
      }
    }
    return trail;
  }
}
