package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An item's life on the public site: the signed revision waiting for its release, the revision that
 * is live, the URL and 发布日期 fixed at the first publication, and a withdrawal (撤销) with its reason.
 * Only the system writes it, as releases go live.
 */
@Embeddable
public class PublicationRecord {
  @Column(name = "approved_revision")
  private Integer approvedRevision;

  @Column(name = "live_revision")
  private Integer liveRevision;

  /** The live revision's catalogue: the site's lists are read by it (see migration V4). */
  @Column(name = "live_catalogue_id")
  private Long liveCatalogueId;

  @Column(length = 300)
  private String url;

  /** 发布日期: when the first revision went live. */
  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "last_published_at")
  private OffsetDateTime lastPublishedAt;

  @Column(name = "withdrawal_reason", length = 2000)
  private String withdrawalReason;

  @Column(name = "withdrawal_pending", nullable = false)
  private boolean withdrawalPending;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  protected PublicationRecord() {}

  static PublicationRecord unpublished() {
    return new PublicationRecord();
  }

  boolean awaits(int revision) {
    return approvedRevision != null && approvedRevision == revision;
  }

  boolean awaitingAny() {
    return approvedRevision != null;
  }

  void await(int revision) {
    approvedRevision = revision;
  }

  void stopAwaiting() {
    approvedRevision = null;
  }

  /** The URL and 发布日期 are set once, at the first publication, and never change. */
  void published(int revision, long catalogueId, String itemUrl, OffsetDateTime now) {
    if (publishedAt == null) {
      publishedAt = now;
      url = itemUrl;
    }
    lastPublishedAt = now;
    liveRevision = revision;
    liveCatalogueId = catalogueId;
    approvedRevision = null;
  }

  void requestWithdrawal(String reason) {
    withdrawalPending = true;
    withdrawalReason = reason;
  }

  void withdrawn(OffsetDateTime now) {
    withdrawalPending = false;
    withdrawnAt = now;
    approvedRevision = null;
  }

  boolean everLive() {
    return liveRevision != null;
  }

  public Optional<Integer> approvedRevision() {
    return Optional.ofNullable(approvedRevision);
  }

  public Optional<Integer> liveRevision() {
    return Optional.ofNullable(liveRevision);
  }

  public Optional<Long> liveCatalogueId() {
    return Optional.ofNullable(liveCatalogueId);
  }

  public String url() {
    return url;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime lastPublishedAt() {
    return lastPublishedAt;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public boolean withdrawalPending() {
    return withdrawalPending;
  }

  public OffsetDateTime withdrawnAt() {
    return withdrawnAt;
  }
}
