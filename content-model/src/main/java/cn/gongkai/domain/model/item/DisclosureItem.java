package cn.gongkai.domain.model.item;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.WorkflowViolation;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * 政务信息: a disclosure item and its way through review to the public site.
 *
 * <p>The item holds its working copy; each time the last reviewer signs, the working copy is frozen
 * into an {@link ItemRevision} and a publication is queued. The site shows the live revision, so a
 * published item being revised stays online unchanged until the new revision is signed and
 * released. Index number, publish date and URL are set here by the system, never by a person. Each
 * transition returns the {@link ItemEvent} that records it, for the caller to store with the item
 * in one transaction.
 */
@Entity
@Table(name = "item")
public class DisclosureItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "department_id")
  private Long departmentId;

  @Column(name = "catalogue_id", nullable = false)
  private long catalogueId;

  @Embedded private ItemContent content;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemState state;

  @Embedded private ReviewRound round = ReviewRound.none();

  @Column(nullable = false)
  private String drafter;

  /** The working revision's number; a signed revision keeps the number it had. */
  @Column(name = "revision_no", nullable = false)
  private int revisionNo;

  /** 索引号, assigned once at the first sign-off. */
  @Column(name = "index_number", length = 64)
  private String indexNumber;

  @Embedded private PublicationRecord publication = PublicationRecord.unpublished();

  /** The day the content was created or last changed: the disclosure deadline runs from it. */
  @Column(name = "changed_on", nullable = false)
  private LocalDate changedOn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected DisclosureItem() {}

  private DisclosureItem(
      long agencyId,
      Long departmentId,
      long catalogueId,
      ItemContent content,
      String drafter,
      OffsetDateTime now) {
    this.agencyId = agencyId;
    this.departmentId = departmentId;
    this.catalogueId = catalogueId;
    this.content = content;
    this.drafter = drafter;
    this.state = ItemState.DRAFT;
    this.revisionNo = 1;
    this.changedOn = now.toLocalDate();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new draft written by {@code actor} for its own agency (and department, if it has one). */
  public static DisclosureItem draft(
      long agencyId, long catalogueId, ItemContent content, Actor actor, OffsetDateTime now) {
    requireWriter(actor, agencyId, actor.departmentId());
    return new DisclosureItem(
        agencyId, actor.departmentId(), catalogueId, content, actor.username(), now);
  }

  /** The event recording creation; call once the item has its id. */
  public ItemEvent creationEvent() {
    return event(ItemAction.CREATED, drafter, createdAt, null, null, null, null);
  }

  /**
   * Replaces the working copy. Editing a published item starts a new revision: the live one stays
   * until the new one is signed.
   */
  public ItemEvent edit(
      ItemContent newContent, long newCatalogueId, Actor actor, OffsetDateTime now) {
    requirePersisted();
    requireWriter(actor, agencyId, departmentId);
    ItemState from = state;
    switch (state) {
      case DRAFT -> {}
      case PUBLISHED -> {
        if (publication.withdrawalPending()) {
          throw new WorkflowViolation("The item is being withdrawn; it cannot be edited now.");
        }
        revisionNo++;
        state = ItemState.DRAFT;
      }
      case IN_REVIEW ->
          throw new WorkflowViolation(
              "The item is in review at level "
                  + round.level()
                  + "; it can be edited again once a"
                  + " reviewer returns it or after it is published.");
      case APPROVED -> {
        if (publication.awaitingAny()) {
          throw new WorkflowViolation(
              "The item is signed and waiting for publication; edit it once it is published.");
        }
        // A signed item that is not published on the site (依申请公开, 不予公开) is revised
        // like a published one.
        revisionNo++;
        state = ItemState.DRAFT;
      }
      case WITHDRAWN -> throw new WorkflowViolation("A withdrawn item cannot be edited.");
    }
    this.content = newContent;
    this.catalogueId = newCatalogueId;
    this.changedOn = now.toLocalDate();
    touch(now);
    return event(ItemAction.EDITED, actor.username(), now, from, null, null, null);
  }

  /**
   * Attachments belong to the working copy: they can be added or removed by the item's writers
   * while it is a draft (a published item is edited first, which makes it one).
   */
  public void requireAttachable(Actor actor) {
    requireWriter(actor, agencyId, departmentId);
    if (state != ItemState.DRAFT) {
      throw new WorkflowViolation(
          "Attachments can be changed while the item is a draft; the item is " + state + ".");
    }
  }

  /** Sends the working copy into review at level 1 of {@code levels}. */
  public ItemEvent submit(Actor actor, int levels, OffsetDateTime now) {
    requirePersisted();
    requireWriter(actor, agencyId, departmentId);
    if (state != ItemState.DRAFT) {
      throw new WorkflowViolation("Only a draft can be submitted; the item is " + state + ".");
    }
    if (levels < 1) {
      throw new IllegalArgumentException("An item needs at least one review level.");
    }
    ItemState from = state;
    state = ItemState.IN_REVIEW;
    round.start(levels, actor.username());
    touch(now);
    return event(ItemAction.SUBMITTED, actor.username(), now, from, null, null, null);
  }

  /**
   * One reviewer's decision at the level the item awaits. Approval at the last level signs the
   * revision off: the outcome then carries the new {@link ItemRevision}.
   */
  public ReviewOutcome review(
      Actor actor,
      ReviewDecision decision,
      String comment,
      ConfidentialityReview confidentiality,
      OffsetDateTime now) {
    if (state != ItemState.IN_REVIEW) {
      throw new WorkflowViolation(
          "Only an item in review can be reviewed; the item is " + state + ".");
    }
    requirePersisted();
    requireReviewer(actor);
    ItemState from = state;
    int level = round.level();
    if (decision == ReviewDecision.REJECT) {
      if (comment == null || comment.isBlank()) {
        throw new InvalidInput(
            "comment", "A rejection needs a comment telling the drafter what to change.");
      }
      state = ItemState.DRAFT;
      round.end();
      touch(now);
      return new ReviewOutcome(
          event(ItemAction.REJECTED, actor.username(), now, from, level, comment, confidentiality),
          null);
    }
    requirePublishableConclusion(confidentiality);
    touch(now);
    if (!round.sign(actor.username())) {
      return new ReviewOutcome(
          event(ItemAction.APPROVED, actor.username(), now, from, level, comment, confidentiality),
          null);
    }
    state = ItemState.APPROVED;
    // Only proactive items go on the site; the others are final once signed.
    if (content.disclosure() == Disclosure.PROACTIVE) {
      publication.await(revisionNo);
    }
    ItemRevision revision =
        new ItemRevision(id, revisionNo, catalogueId, content.copy(), actor.username(), now);
    return new ReviewOutcome(
        event(ItemAction.SIGNED_OFF, actor.username(), now, from, level, comment, confidentiality),
        revision);
  }

  /** 索引号 is given once, by the system, at the first sign-off; it never changes after. */
  public void assignIndexNumber(String number) {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("An index number cannot be blank.");
    }
    if (indexNumber != null) {
      throw new IllegalStateException("Item " + id + " already has index number " + indexNumber);
    }
    this.indexNumber = number;
  }

  /** The signed revision's release is live: the item is published at its (unchanging) URL. */
  public ItemEvent markPublished(int revision, String itemUrl, OffsetDateTime now) {
    requireAwaiting(revision);
    ItemState from = state;
    // The signed revision's catalogue: an item waiting for its release cannot be edited.
    publication.published(revision, catalogueId, itemUrl, now);
    state = ItemState.PUBLISHED;
    touch(now);
    return event(ItemAction.PUBLISHED, "system", now, from, null, null, null);
  }

  /**
   * The gates (secrecy marks, personal data, accessibility) refused the signed revision: it goes
   * back to the drafter with what they found, and must be signed again once fixed.
   */
  public ItemEvent publicationBlocked(int revision, String findings, OffsetDateTime now) {
    requireAwaiting(revision);
    ItemState from = state;
    publication.stopAwaiting();
    state = ItemState.DRAFT;
    touch(now);
    String comment = findings.length() > 2000 ? findings.substring(0, 1997) + "…" : findings;
    return event(ItemAction.PUBLICATION_BLOCKED, "system", now, from, null, comment, null);
  }

  /** 撤销: asks for the item to come off the site; the page stays with a notice. */
  public ItemEvent requestWithdrawal(Actor actor, String reason, OffsetDateTime now) {
    if (!actor.has(Role.OFFICE) && !actor.has(Role.ADMIN)) {
      throw new PermissionDenied("Only the disclosure office (公开办) can withdraw a published item.");
    }
    if (!actor.inAgency(agencyId)) {
      throw new PermissionDenied("The item belongs to another agency.");
    }
    // A live item can be withdrawn even while a new revision is being written: personal data
    // found on a live page must come off at once.
    if (!live() || publication.withdrawalPending()) {
      throw new WorkflowViolation(
          publication.withdrawalPending()
              ? "The item is already being withdrawn."
              : "Only an item that is on the site can be withdrawn; the item is " + state + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput(
          "reason", "A withdrawal needs a reason; it is shown on the notice page.");
    }
    publication.requestWithdrawal(reason.strip());
    touch(now);
    return event(
        ItemAction.WITHDRAWAL_REQUESTED,
        actor.username(),
        now,
        state,
        null,
        publication.withdrawalReason(),
        null);
  }

  /** The withdrawal notice is live. */
  public ItemEvent markWithdrawn(OffsetDateTime now) {
    if (!publication.withdrawalPending()) {
      throw new WorkflowViolation("Item " + id + " has no withdrawal pending.");
    }
    ItemState from = state;
    publication.withdrawn(now);
    round.end();
    state = ItemState.WITHDRAWN;
    touch(now);
    return event(
        ItemAction.WITHDRAWN, "system", now, from, null, publication.withdrawalReason(), null);
  }

  private void requireReviewer(Actor actor) {
    if (!actor.has(Role.REVIEWER)) {
      throw new PermissionDenied("Only a reviewer can review items.");
    }
    if (!actor.inAgency(agencyId)) {
      throw new PermissionDenied("The item belongs to another agency.");
    }
    // A reviewer bound to a department (a 科室负责人) signs only that department's items.
    if (actor.departmentId() != null && !actor.departmentId().equals(departmentId)) {
      throw new PermissionDenied("The item belongs to another department.");
    }
    if (actor.username().equals(drafter)) {
      throw new PermissionDenied("The drafter of an item cannot review it (four-eyes rule).");
    }
    if (actor.reviewLevel() == null || actor.reviewLevel() != round.level()) {
      throw new PermissionDenied(
          "The item awaits level "
              + round.level()
              + "; you sign level "
              + actor.reviewLevel()
              + ".");
    }
    if (round.tookPart(actor.username())) {
      throw new PermissionDenied(
          "You submitted this item or signed another of its levels; someone else must sign.");
    }
  }

  private void requirePublishableConclusion(ConfidentialityReview confidentiality) {
    if (confidentiality == null || confidentiality.conclusion() == null) {
      throw new InvalidInput(
          "confidentiality.conclusion",
          "An approval needs the confidentiality review conclusion (保密审查结论).");
    }
    if (content.disclosure() == Disclosure.PROACTIVE
        && !confidentiality.conclusion().permitsPublication()) {
      throw new InvalidInput(
          "confidentiality.conclusion",
          "The conclusion \""
              + confidentiality.conclusion().label()
              + "\" does not allow publication: reject the item instead.");
    }
  }

  private static void requireWriter(Actor actor, long agency, Long department) {
    if (!actor.has(Role.DRAFTER) && !actor.has(Role.OFFICE)) {
      throw new PermissionDenied("Only a drafter or the disclosure office can write items.");
    }
    if (!actor.inDepartment(agency, department)) {
      throw new PermissionDenied("The item belongs to another agency or department.");
    }
  }

  private void requireAwaiting(int revision) {
    if (state != ItemState.APPROVED || !publication.awaits(revision)) {
      throw new WorkflowViolation(
          "Revision " + revision + " of item " + id + " is not the one awaiting publication.");
    }
  }

  /** Transitions record the item's id in their events: the item must be stored first. */
  private void requirePersisted() {
    if (id == null) {
      throw new IllegalStateException("Store the item before moving it through the workflow.");
    }
  }

  private void touch(OffsetDateTime now) {
    updatedAt = now;
  }

  private ItemEvent event(
      ItemAction action,
      String actor,
      OffsetDateTime at,
      ItemState from,
      Integer level,
      String comment,
      ConfidentialityReview confidentiality) {
    return new ItemEvent(
        id, revisionNo, action, actor, at, from, state, level, comment, confidentiality);
  }

  /** Whether the public site shows this item (a live revision, not withdrawn). */
  public boolean live() {
    return publication.everLive() && state != ItemState.WITHDRAWN;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long agencyId() {
    return agencyId;
  }

  public Long departmentId() {
    return departmentId;
  }

  public long catalogueId() {
    return catalogueId;
  }

  public ItemContent content() {
    return content;
  }

  public ItemState state() {
    return state;
  }

  public int reviewLevel() {
    return round.level();
  }

  public int requiredLevels() {
    return round.requiredLevels();
  }

  public String drafter() {
    return drafter;
  }

  public int revisionNo() {
    return revisionNo;
  }

  public Optional<Integer> approvedRevision() {
    return publication.approvedRevision();
  }

  public Optional<Integer> liveRevision() {
    return publication.liveRevision();
  }

  public String indexNumber() {
    return indexNumber;
  }

  /** URL, 发布日期, live revision and withdrawal. */
  public PublicationRecord publication() {
    return publication;
  }

  public String url() {
    return publication.url();
  }

  public OffsetDateTime publishedAt() {
    return publication.publishedAt();
  }

  public OffsetDateTime lastPublishedAt() {
    return publication.lastPublishedAt();
  }

  public OffsetDateTime withdrawnAt() {
    return publication.withdrawnAt();
  }

  public LocalDate changedOn() {
    return changedOn;
  }

  public String withdrawalReason() {
    return publication.withdrawalReason();
  }

  public boolean withdrawalPending() {
    return publication.withdrawalPending();
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
