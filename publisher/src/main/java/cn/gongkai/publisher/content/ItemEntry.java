package cn.gongkai.publisher.content;

import cn.gongkai.domain.model.item.Validity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published item as its page shows it: the signed revision's content and the system-assigned
 * fields. {@code withdrawalReason} and {@code withdrawnAt} are set when the item was withdrawn
 * (撤销): its page becomes a notice.
 */
public record ItemEntry(
    long id,
    long agencyId,
    long catalogueId,
    int revision,
    String title,
    String summary,
    String body,
    String indexNumber,
    String documentNumber,
    LocalDate writtenOn,
    OffsetDateTime publishedAt,
    OffsetDateTime lastPublishedAt,
    Validity validity,
    String keywords,
    String sourceName,
    String sourceUrl,
    List<AttachmentEntry> attachments,
    String withdrawalReason,
    OffsetDateTime withdrawnAt) {

  public ItemEntry {
    attachments = List.copyOf(attachments);
  }

  public ItemEntry withAttachments(List<AttachmentEntry> files) {
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
        files,
        withdrawalReason,
        withdrawnAt);
  }

  public boolean withdrawn() {
    return withdrawalReason != null;
  }

  /** 发布日期 as the page shows it: the day of the first publication. */
  public LocalDate publishedOn(java.time.ZoneId zone) {
    return publishedAt.atZoneSameInstant(zone).toLocalDate();
  }

  /** The row this item shows as in lists. */
  public ItemRow row() {
    return new ItemRow(
        id, agencyId, catalogueId, title, indexNumber, publishedAt, withdrawn(), lastPublishedAt);
  }
}
