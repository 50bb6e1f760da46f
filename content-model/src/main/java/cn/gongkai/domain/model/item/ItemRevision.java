package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A signed revision: the content exactly as the last reviewer approved it. The public site only
 * ever shows signed revisions, so editing a published item never changes what is live until the new
 * revision is signed in turn.
 */
@Entity
@Table(name = "item_revision")
public class ItemRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "revision_no", nullable = false)
  private int revisionNo;

  @Column(name = "catalogue_id", nullable = false)
  private long catalogueId;

  @Embedded private ItemContent content;

  @Column(name = "signed_by", nullable = false)
  private String signedBy;

  @Column(name = "signed_at", nullable = false)
  private OffsetDateTime signedAt;

  protected ItemRevision() {}

  ItemRevision(
      long itemId,
      int revisionNo,
      long catalogueId,
      ItemContent content,
      String signedBy,
      OffsetDateTime signedAt) {
    this.itemId = itemId;
    this.revisionNo = revisionNo;
    this.catalogueId = catalogueId;
    this.content = content;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public int revisionNo() {
    return revisionNo;
  }

  public long catalogueId() {
    return catalogueId;
  }

  public ItemContent content() {
    return content;
  }

  public String signedBy() {
    return signedBy;
  }

  public OffsetDateTime signedAt() {
    return signedAt;
  }
}
