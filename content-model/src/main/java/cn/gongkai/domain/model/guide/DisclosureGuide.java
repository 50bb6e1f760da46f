package cn.gongkai.domain.model.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * 公开指南: one version of an agency's disclosure guide. Versions are never edited; a change is a new
 * version, so the history of what the public was told stays readable.
 */
@Entity
@Table(name = "guide")
public class DisclosureGuide {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Embedded private GuideContent content;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DisclosureGuide() {}

  public DisclosureGuide(
      long agencyId,
      int versionNo,
      GuideContent content,
      String createdBy,
      OffsetDateTime createdAt) {
    this.agencyId = agencyId;
    this.versionNo = versionNo;
    this.content = content;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The next version of this guide with new content. */
  public DisclosureGuide revise(GuideContent newContent, String by, OffsetDateTime at) {
    return new DisclosureGuide(agencyId, versionNo + 1, newContent, by, at);
  }

  public Long id() {
    return id;
  }

  public long agencyId() {
    return agencyId;
  }

  public int versionNo() {
    return versionNo;
  }

  public GuideContent content() {
    return content;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
