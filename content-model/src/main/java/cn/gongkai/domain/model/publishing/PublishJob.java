package cn.gongkai.domain.model.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The outbox row a sign-off writes in its own transaction: the promise that the change will reach
 * the site. A job runner claims it (one node only), publishes, and records what it wrote; on
 * failure it is retried with backoff, and a restart picks up whatever was pending or running.
 */
@Entity
@Table(name = "publish_job")
public class PublishJob {
  public static final int MAX_ATTEMPTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublishJobKind kind;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "revision_no")
  private Integer revisionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublishJobState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "release_id", length = 64)
  private String releaseId;

  @Column(name = "pages_written")
  private Integer pagesWritten;

  @Column(name = "duration_ms")
  private Long durationMillis;

  /** Gate findings as JSON (accessibility, screening, links): what a person must look at. */
  @Column(length = 1_000_000)
  private String findings;

  @Column(length = 4000)
  private String error;

  protected PublishJob() {}

  private PublishJob(
      PublishJobKind kind,
      Long agencyId,
      Long itemId,
      Integer revisionNo,
      String requestedBy,
      OffsetDateTime now) {
    this.kind = kind;
    this.agencyId = agencyId;
    this.itemId = itemId;
    this.revisionNo = revisionNo;
    this.state = PublishJobState.PENDING;
    this.requestedBy = requestedBy;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public static PublishJob forRevision(
      long agencyId, long itemId, int revisionNo, String by, OffsetDateTime now) {
    return new PublishJob(PublishJobKind.ITEM, agencyId, itemId, revisionNo, by, now);
  }

  public static PublishJob forWithdrawal(
      long agencyId, long itemId, String by, OffsetDateTime now) {
    return new PublishJob(PublishJobKind.WITHDRAWAL, agencyId, itemId, null, by, now);
  }

  public static PublishJob forAgency(
      PublishJobKind kind, long agencyId, String by, OffsetDateTime now) {
    return new PublishJob(kind, agencyId, null, null, by, now);
  }

  public static PublishJob fullRebuild(String by, OffsetDateTime now) {
    return new PublishJob(PublishJobKind.FULL, null, null, null, by, now);
  }

  public void start(String node, OffsetDateTime now) {
    require(PublishJobState.PENDING, "start");
    state = PublishJobState.RUNNING;
    claimedBy = node;
    startedAt = now;
    attempts++;
  }

  public void succeed(String release, int pages, String gateFindings, OffsetDateTime now) {
    require(PublishJobState.RUNNING, "succeed");
    state = PublishJobState.SUCCEEDED;
    releaseId = release;
    pagesWritten = pages;
    findings = gateFindings;
    error = null;
    finish(now);
  }

  /** A failed attempt: retried with exponential backoff until the attempts run out. */
  public void fail(String reason, String gateFindings, OffsetDateTime now) {
    require(PublishJobState.RUNNING, "fail");
    claimedBy = null;
    error = reason == null ? "unknown error" : reason.substring(0, Math.min(reason.length(), 4000));
    findings = gateFindings;
    finish(now);
    if (attempts >= MAX_ATTEMPTS) {
      state = PublishJobState.FAILED;
    } else {
      state = PublishJobState.PENDING;
      nextAttemptAt = now.plus(backoff(attempts));
    }
  }

  /**
   * The gates refused the content: retrying cannot help until someone changes it, so the job ends
   * FAILED at once with the findings.
   */
  public void block(String reason, String gateFindings, OffsetDateTime now) {
    require(PublishJobState.RUNNING, "be blocked");
    error = reason == null ? "blocked" : reason.substring(0, Math.min(reason.length(), 4000));
    findings = gateFindings;
    claimedBy = null;
    finish(now);
    state = PublishJobState.FAILED;
  }

  /** Ends a job whose work another publication already did (e.g. the item was withdrawn). */
  public void supersede(String why, OffsetDateTime now) {
    require(PublishJobState.RUNNING, "be superseded");
    error = why;
    finish(now);
    state = PublishJobState.SUCCEEDED;
  }

  /** 2 s, 4 s, 8 s, 16 s … capped at five minutes. */
  static Duration backoff(int attempt) {
    long seconds = Math.min(300, 1L << Math.min(attempt, 20));
    return Duration.ofSeconds(seconds);
  }

  /** Puts a job that a dead node left RUNNING back in the queue. */
  public void requeue(OffsetDateTime now) {
    require(PublishJobState.RUNNING, "requeue");
    state = PublishJobState.PENDING;
    nextAttemptAt = now;
    claimedBy = null;
  }

  private void require(PublishJobState expected, String action) {
    if (state != expected) {
      throw new IllegalStateException(
          "Publish job "
              + id
              + " is "
              + state
              + "; only a "
              + expected
              + " job can "
              + action
              + ".");
    }
  }

  private void finish(OffsetDateTime now) {
    finishedAt = now;
    durationMillis = startedAt == null ? 0 : Duration.between(startedAt, now).toMillis();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public PublishJobKind kind() {
    return kind;
  }

  public Long agencyId() {
    return agencyId;
  }

  public Long itemId() {
    return itemId;
  }

  public Integer revisionNo() {
    return revisionNo;
  }

  public PublishJobState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }

  public String releaseId() {
    return releaseId;
  }

  public Integer pagesWritten() {
    return pagesWritten;
  }

  public Long durationMillis() {
    return durationMillis;
  }

  public String findings() {
    return findings;
  }

  public String error() {
    return error;
  }
}
