package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.domain.model.item.Attachment;
import java.time.OffsetDateTime;

/** An attachment's metadata; the bytes are at {@code .../attachments/{id}/content}. */
public record AttachmentView(
    long id,
    long itemId,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    int position,
    boolean hasText,
    String createdBy,
    OffsetDateTime createdAt) {
  public static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(),
        a.itemId(),
        a.fileName(),
        a.mediaType(),
        a.size(),
        a.sha256(),
        a.position(),
        a.text() != null && !a.text().isBlank(),
        a.createdBy(),
        a.createdAt());
  }
}
