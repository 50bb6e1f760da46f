package cn.gongkai.publisher.source.memory;

import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.ItemEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published item, field by field, for content made in code (tests, benchmarks, generators):
 * revision 1, in force ({@code EFFECTIVE}), last published when first published, unless told
 * otherwise. Title, index number and publication time have no default — every page shows them.
 */
public final class ItemBuilder {
  private final long id;
  private final long agencyId;
  private long catalogueId;
  private int revision = 1;
  private String title;
  private String summary;
  private String body;
  private String indexNumber;
  private String documentNumber;
  private LocalDate writtenOn;
  private OffsetDateTime publishedAt;
  private OffsetDateTime lastPublishedAt;
  private Validity validity = Validity.EFFECTIVE;
  private String keywords;
  private String sourceName;
  private String sourceUrl;
  private final List<AttachmentEntry> attachments = new ArrayList<>();
  private String withdrawalReason;
  private OffsetDateTime withdrawnAt;

  private ItemBuilder(long id, long agencyId, long catalogueId) {
    this.id = id;
    this.agencyId = agencyId;
    this.catalogueId = catalogueId;
  }

  public static ItemBuilder item(long id, long agencyId, long catalogueId) {
    return new ItemBuilder(id, agencyId, catalogueId);
  }

  /** Starts from an existing item: to revise, move or withdraw it. */
  public static ItemBuilder from(ItemEntry i) {
    ItemBuilder b = new ItemBuilder(i.id(), i.agencyId(), i.catalogueId());
    b.revision = i.revision();
    b.title = i.title();
    b.summary = i.summary();
    b.body = i.body();
    b.indexNumber = i.indexNumber();
    b.documentNumber = i.documentNumber();
    b.writtenOn = i.writtenOn();
    b.publishedAt = i.publishedAt();
    b.lastPublishedAt = i.lastPublishedAt();
    b.validity = i.validity();
    b.keywords = i.keywords();
    b.sourceName = i.sourceName();
    b.sourceUrl = i.sourceUrl();
    b.attachments.addAll(i.attachments());
    b.withdrawalReason = i.withdrawalReason();
    b.withdrawnAt = i.withdrawnAt();
    return b;
  }

  public ItemBuilder catalogue(long id) {
    this.catalogueId = id;
    return this;
  }

  public ItemBuilder revision(int revision) {
    this.revision = revision;
    return this;
  }

  public ItemBuilder title(String title) {
    this.title = title;
    return this;
  }

  public ItemBuilder summary(String summary) {
    this.summary = summary;
    return this;
  }

  /** The sanitised body HTML. */
  public ItemBuilder body(String html) {
    this.body = html;
    return this;
  }

  /** 索引号. */
  public ItemBuilder indexNumber(String indexNumber) {
    this.indexNumber = indexNumber;
    return this;
  }

  /** 文号. */
  public ItemBuilder documentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
    return this;
  }

  /** 成文日期. */
  public ItemBuilder writtenOn(LocalDate date) {
    this.writtenOn = date;
    return this;
  }

  /** The first publication (发布日期); the last one too, unless set after this. */
  public ItemBuilder publishedAt(OffsetDateTime time) {
    this.publishedAt = time;
    this.lastPublishedAt = time;
    return this;
  }

  /** When the live revision went live. */
  public ItemBuilder lastPublishedAt(OffsetDateTime time) {
    this.lastPublishedAt = time;
    return this;
  }

  public ItemBuilder validity(Validity validity) {
    this.validity = validity;
    return this;
  }

  public ItemBuilder keywords(String keywords) {
    this.keywords = keywords;
    return this;
  }

  /** A reprint (转载): where it comes from. */
  public ItemBuilder source(String name, String url) {
    this.sourceName = name;
    this.sourceUrl = url;
    return this;
  }

  public ItemBuilder attachment(AttachmentEntry file) {
    attachments.add(file);
    return this;
  }

  public ItemBuilder withoutAttachments() {
    attachments.clear();
    return this;
  }

  /** 撤销: the page becomes a notice giving the reason. */
  public ItemBuilder withdrawn(String reason, OffsetDateTime at) {
    this.withdrawalReason = Objects.requireNonNull(reason, "reason");
    this.withdrawnAt = Objects.requireNonNull(at, "at");
    return this;
  }

  public ItemEntry build() {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(indexNumber, "indexNumber");
    Objects.requireNonNull(publishedAt, "publishedAt");
    return new ItemEntry(
        id,
        agencyId,
        catalogueId,
        revision,
        title,
        summary,
        body,
        indexNumber,
        documentNumber,
        writtenOn,
        publishedAt,
        lastPublishedAt,
        validity,
        keywords,
        sourceName,
        sourceUrl,
        attachments,
        withdrawalReason,
        withdrawnAt);
  }
}
