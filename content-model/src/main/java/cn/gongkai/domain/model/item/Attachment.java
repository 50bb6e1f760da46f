package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * 附件: a file attached to an item. The bytes live on disk under their SHA-256 (so the same file
 * attached twice is stored once and a stored name can never be chosen by an uploader); this row
 * keeps the name the public sees, the sniffed media type and the size.
 */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "position", nullable = false)
  private int position;

  /** The file's text as extracted at upload (capped), for screening; null for images. */
  @Column(name = "text_content", length = 2_000_000)
  private String text;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Attachment() {}

  public Attachment(
      long itemId,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      int position,
      String text,
      String createdBy,
      OffsetDateTime createdAt) {
    this.itemId = itemId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.position = position;
    this.text = text;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
