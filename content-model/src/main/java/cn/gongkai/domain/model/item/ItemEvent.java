package cn.gongkai.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One entry of an item's history. Review decisions are events too: with the level, the comment and
 * the confidentiality record they are the 审核 and 保密审查 records an inspector asks for. Events are
 * appended, never changed.
 */
@Entity
@Table(name = "item_event")
public class ItemEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "revision_no", nullable = false)
  private int revisionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemAction action;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private ItemState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  private ItemState toState;

  @Column(name = "review_level")
  private Integer level;

  @Column(length = 2000)
  private String comment;

  @Embedded private ConfidentialityReview confidentiality;

  protected ItemEvent() {}

  ItemEvent(
      long itemId,
      int revisionNo,
      ItemAction action,
      String actor,
      OffsetDateTime at,
      ItemState fromState,
      ItemState toState,
      Integer level,
      String comment,
      ConfidentialityReview confidentiality) {
    this.itemId = itemId;
    this.revisionNo = revisionNo;
    this.action = action;
    this.actor = actor;
    this.at = at;
    this.fromState = fromState;
    this.toState = toState;
    this.level = level;
    this.comment = comment;
    this.confidentiality = confidentiality;
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

  public ItemAction action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime at() {
    return at;
  }

  public ItemState fromState() {
    return fromState;
  }

  public ItemState toState() {
    return toState;
  }

  public Integer level() {
    return level;
  }

  public String comment() {
    return comment;
  }

  /** Null for events that are not reviews (EclipseLink leaves an all-null embeddable null). */
  public ConfidentialityReview confidentiality() {
    return confidentiality;
  }
}
