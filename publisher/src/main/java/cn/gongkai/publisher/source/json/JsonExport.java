package cn.gongkai.publisher.source.json;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import cn.gongkai.publisher.source.memory.MemorySiteContentBuilder;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The published content of a site as one JSON document (UTF-8), for full builds without a database,
 * for moving content between installations, and for benchmark content made by a generator:
 *
 * <pre>{@code
 * {"format": "gongkai-site-content", "version": 1,
 *  "agencies":   [{"id": 1, "slug": "mengnuo", "name": "勐糯镇人民政府", "orgCode": "115305..."}],
 *  "catalogues": [{"id": 14, "agencyId": 1, "parentId": 12, "code": "tzgg", "name": "通知公告",
 *                  "kind": "CUSTOM", "columnType": "NOTICE", "position": 0}],
 *  "guides":     [{"agencyId": 1, "version": 2, "classification": "…", "howToObtain": "…",
 *                  "officeName": "…", "officeAddress": "…", "officeHours": "…", "phone": "…",
 *                  "fax": "…", "email": "…", "website": "…", "body": "<p>…</p>",
 *                  "updatedAt": "2024-03-01T09:30:00+08:00"}],
 *  "items":      [{"id": 100, "agencyId": 1, "catalogueId": 14, "revision": 1, "title": "…",
 *                  "summary": "…", "body": "<p>…</p>", "indexNumber": "115305…/2024-00001",
 *                  "documentNumber": "…", "writtenOn": "2024-02-28",
 *                  "publishedAt": "2024-03-01T09:30:00+08:00", "lastPublishedAt": "…",
 *                  "validity": "EFFECTIVE", "keywords": "…", "sourceName": "…", "sourceUrl": "…",
 *                  "withdrawalReason": "…", "withdrawnAt": "…",
 *                  "attachments": [{"id": 7, "fileName": "附件1.pdf",
 *                                   "mediaType": "application/pdf", "size": 48213,
 *                                   "sha256": "9f86d0…"}]}]}
 * }</pre>
 *
 * Field names are those of the {@code content} records; absent and null fields are null (a missing
 * {@code lastPublishedAt} is {@code publishedAt}); enums by name; times ISO-8601 with offset. Items
 * are every item that ever went live, withdrawn ones with their reason, in id order. Only published
 * content: drafts, reviews and users are not part of a site. Written and read as a stream — see
 * {@link ExportWriter} and {@link #read(InputStream, ExportHandler)}.
 */
public final class JsonExport {
  public static final String FORMAT = "gongkai-site-content";
  public static final int VERSION = 1;

  private JsonExport() {}

  /** Writes everything {@code content} holds, items streamed; the stream stays open. */
  public static ExportWriter.Counts write(SiteContent content, OutputStream out) {
    try (ExportWriter writer = new ExportWriter(out)) {
      content.agencies().forEach(writer::agency);
      content.catalogues().forEach(writer::catalogue);
      for (AgencyEntry agency : content.agencies()) {
        content.guide(agency.id()).ifPresent(writer::guide);
      }
      content.forEachItem(writer::item);
      return writer.counts();
    }
  }

  /**
   * Reads an export into memory, checked as a whole.
   *
   * @throws InvalidExport if it is not an export or does not hold together
   */
  public static MemorySiteContent read(InputStream in) {
    MemorySiteContentBuilder builder = MemorySiteContent.builder();
    read(
        in,
        new ExportHandler() {
          @Override
          public void agency(AgencyEntry agency) {
            builder.agency(agency);
          }

          @Override
          public void catalogue(CatalogueEntry catalogue) {
            builder.catalogue(catalogue);
          }

          @Override
          public void guide(GuideEntry guide) {
            builder.guide(guide);
          }

          @Override
          public void item(ItemEntry item) {
            builder.item(item);
          }
        });
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidExport(e.getMessage(), e);
    }
  }

  /** Hands each entry to {@code handler} as soon as it is read; the stream stays open. */
  public static void read(InputStream in, ExportHandler handler) {
    new ExportReader(in, handler).read();
  }
}
