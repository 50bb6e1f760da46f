package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 保密审查记录: the written record seed 003 第9条 demands of every review — the item's title and 文号 (or
 * summary) as reviewed, the ground for not disclosing if any, the conclusion and handling opinion.
 * The reviewer and date are on the event that carries it.
 */
@Embeddable
public class ConfidentialityReview {
  @Enumerated(EnumType.STRING)
  @Column(name = "conf_conclusion")
  private ConfidentialityConclusion conclusion;

  @Enumerated(EnumType.STRING)
  @Column(name = "conf_ground")
  private WithholdGround ground;

  @Column(name = "conf_opinion", length = 2000)
  private String opinion;

  @Column(name = "conf_title", length = 500)
  private String reviewedTitle;

  @Column(name = "conf_reference", length = 500)
  private String reviewedReference;

  protected ConfidentialityReview() {}

  public ConfidentialityReview(
      ConfidentialityConclusion conclusion,
      WithholdGround ground,
      String opinion,
      String reviewedTitle,
      String reviewedReference) {
    this.conclusion = conclusion;
    this.ground = ground;
    this.opinion = opinion;
    this.reviewedTitle = reviewedTitle;
    this.reviewedReference = reviewedReference;
  }

  public ConfidentialityConclusion conclusion() {
    return conclusion;
  }

  public WithholdGround ground() {
    return ground;
  }

  public String opinion() {
    return opinion;
  }

  public String reviewedTitle() {
    return reviewedTitle;
  }

  public String reviewedReference() {
    return reviewedReference;
  }
}
