package cn.gongkai.publisher.render;

import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.site.SitePaths;
import cn.gongkai.themes.model.Attachment;
import cn.gongkai.themes.model.ItemDetail;
import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.Page;
import cn.gongkai.themes.model.Reprint;
import cn.gongkai.themes.model.SafeHtml;
import cn.gongkai.themes.model.Validity;
import cn.gongkai.themes.model.Withdrawal;
import java.time.ZoneId;
import java.util.List;

/**
 * An item's page in one script, both variants: the catalogue record of seed 000 above the body,
 * attachments, and the notice of a revised, repealed or withdrawn item. File names and index
 * numbers are never converted to traditional script.
 */
public final class ItemModels {
  private final SiteStructure site;
  private final Script script;
  private final Frames frames;
  private final ZoneId zone;

  public ItemModels(SiteStructure site, Script script, SiteSettings settings) {
    this.site = site;
    this.script = script;
    this.frames = new Frames(script, site);
    this.zone = settings.zone();
  }

  public List<Page> pages(ItemEntry item) {
    CatalogueEntry catalogue = site.catalogue(item.catalogueId());
    String path = site.itemPath(item.agencyId(), item.id());
    ItemDetail detail = detail(item, catalogue);
    List<Link> trail = frames.trail(item.agencyId(), catalogue, true);
    String columnName = script.text(catalogue.name());
    return script.variants().stream()
        .<Page>map(
            v ->
                new ItemPage(
                    frames.frame(
                        v,
                        path,
                        detail.title(),
                        trail,
                        columnName,
                        "columnTypeArticle",
                        script.text(item.keywords()),
                        script.text(item.summary())),
                    detail))
        .toList();
  }

  private ItemDetail detail(ItemEntry item, CatalogueEntry catalogue) {
    String publisher = script.text(site.agency(item.agencyId()).name());
    return new ItemDetail(
        script.text(item.title()),
        item.indexNumber(),
        publisher,
        new Link(script.text(catalogue.name()), site.cataloguePath(catalogue.id())),
        item.publishedAt().atZoneSameInstant(zone).toLocalDate(),
        item.documentNumber() == null ? null : script.text(item.documentNumber()),
        item.writtenOn(),
        validity(item.validity()),
        item.sourceName() == null ? publisher : script.text(item.sourceName()),
        new SafeHtml(item.withdrawn() || item.body() == null ? "" : script.html(item.body())),
        item.withdrawn()
            ? List.of()
            : item.attachments().stream().map(ItemModels::attachment).toList(),
        null,
        item.withdrawn()
            ? new Withdrawal(
                item.withdrawnAt().atZoneSameInstant(zone).toLocalDate(),
                script.text(item.withdrawalReason()))
            : null,
        reprint(item));
  }

  private Reprint reprint(ItemEntry item) {
    if (item.sourceUrl() == null) {
      return null;
    }
    String source = item.sourceName() == null ? item.sourceUrl() : script.text(item.sourceName());
    return new Reprint(
        source, item.sourceUrl(), item.publishedAt().atZoneSameInstant(zone).toLocalDateTime());
  }

  private static Attachment attachment(AttachmentEntry file) {
    return new Attachment(file.fileName(), SitePaths.attachment(file), file.size());
  }

  static Validity validity(cn.gongkai.domain.model.item.Validity v) {
    return switch (v) {
      case EFFECTIVE -> Validity.VALID;
      case AMENDED -> Validity.REVISED;
      case REPEALED -> Validity.REPEALED;
      case EXPIRED -> Validity.EXPIRED;
    };
  }
}
