package cn.gongkai.domain.model.publishing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The publication outbox row: claimed, run, retried with backoff, given up on, requeued. */
class PublishJobTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-03T09:00:00+08:00");

  private static PublishJob revisionJob() {
    return PublishJob.forRevision(7, 4242, 1, "wang.fenguan", T0);
  }

  /** Runs {@code n} attempts that all fail, each started when the job is next due. */
  private static OffsetDateTime failAttempts(PublishJob job, int n) {
    OffsetDateTime at = T0;
    for (int i = 0; i < n; i++) {
      at = job.nextAttemptAt();
      job.start("node-a", at);
      at = at.plusSeconds(1);
      job.fail("disk full", null, at);
    }
    return at;
  }

  @Test
  void newJobIsPendingAndDueAtOnce() {
    PublishJob job = revisionJob();
    assertAll(
        () -> assertEquals(PublishJobState.PENDING, job.state()),
        () -> assertEquals(PublishJobKind.ITEM, job.kind()),
        () -> assertEquals(T0, job.nextAttemptAt()),
        () -> assertEquals(0, job.attempts()),
        () -> assertEquals(4242L, job.itemId()),
        () -> assertEquals(1, job.revisionNo()));
  }

  @Test
  void withdrawalJobNamesTheItemButNoRevision() {
    PublishJob job = PublishJob.forWithdrawal(7, 4242, "gongkaiban", T0);
    assertAll(
        () -> assertEquals(PublishJobKind.WITHDRAWAL, job.kind()),
        () -> assertEquals(4242L, job.itemId()),
        () -> assertNull(job.revisionNo()));
  }

  @Test
  void fullRebuildBelongsToNoAgency() {
    PublishJob job = PublishJob.fullRebuild("admin", T0);
    assertAll(
        () -> assertEquals(PublishJobKind.FULL, job.kind()), () -> assertNull(job.agencyId()));
  }

  @Test
  void startClaimsTheJobAndCountsTheAttempt() {
    PublishJob job = revisionJob();
    job.start("node-a", T0.plusSeconds(1));
    assertAll(
        () -> assertEquals(PublishJobState.RUNNING, job.state()),
        () -> assertEquals("node-a", job.claimedBy()),
        () -> assertEquals(T0.plusSeconds(1), job.startedAt()),
        () -> assertEquals(1, job.attempts()));
  }

  @Test
  void backoffDoublesFromTwoSeconds() {
    assertAll(
        () -> assertEquals(Duration.ofSeconds(2), PublishJob.backoff(1)),
        () -> assertEquals(Duration.ofSeconds(4), PublishJob.backoff(2)),
        () -> assertEquals(Duration.ofSeconds(8), PublishJob.backoff(3)),
        () -> assertEquals(Duration.ofSeconds(16), PublishJob.backoff(4)),
        () -> assertEquals(Duration.ofSeconds(256), PublishJob.backoff(8)));
  }

  @Test
  void backoffIsCappedAtFiveMinutes() {
    assertAll(
        () -> assertEquals(Duration.ofSeconds(300), PublishJob.backoff(9)),
        () -> assertEquals(Duration.ofSeconds(300), PublishJob.backoff(64)),
        () -> assertEquals(Duration.ofSeconds(300), PublishJob.backoff(Integer.MAX_VALUE)));
  }

  @Test
  void failedFirstAttemptIsRetriedTwoSecondsLater() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.fail("disk full", null, T0.plusSeconds(1));
    assertAll(
        () -> assertEquals(PublishJobState.PENDING, job.state()),
        () -> assertEquals(T0.plusSeconds(3), job.nextAttemptAt()));
  }

  @Test
  void waitsLongerAfterEachFailedAttempt() {
    PublishJob job = revisionJob();
    OffsetDateTime lastFailure = failAttempts(job, 3);
    assertEquals(lastFailure.plusSeconds(8), job.nextAttemptAt());
  }

  @Test
  void staysPendingWithAFutureAttemptUntilTheLastAttempt() {
    PublishJob job = revisionJob();
    OffsetDateTime lastFailure = failAttempts(job, PublishJob.MAX_ATTEMPTS - 1);
    assertAll(
        () -> assertEquals(PublishJobState.PENDING, job.state()),
        () -> assertTrue(job.nextAttemptAt().isAfter(lastFailure)));
  }

  @Test
  void failsForGoodAfterTheLastAttempt() {
    PublishJob job = revisionJob();
    failAttempts(job, PublishJob.MAX_ATTEMPTS);
    assertAll(
        () -> assertEquals(PublishJobState.FAILED, job.state()),
        () -> assertEquals(PublishJob.MAX_ATTEMPTS, job.attempts()));
  }

  @Test
  void failureRecordsTheErrorFindingsAndDuration() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.fail("link check failed", "[{\"kind\":\"DEAD_LINK\"}]", T0.plusSeconds(2));
    assertAll(
        () -> assertEquals("link check failed", job.error()),
        () -> assertEquals("[{\"kind\":\"DEAD_LINK\"}]", job.findings()),
        () -> assertEquals(T0.plusSeconds(2), job.finishedAt()),
        () -> assertEquals(2000L, job.durationMillis()));
  }

  @Test
  void cutsALongErrorToTheColumnLength() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.fail("x".repeat(5000), null, T0.plusSeconds(1));
    assertEquals(4000, job.error().length());
  }

  @Test
  void recordsAFailureWithoutAReasonAsUnknown() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.fail(null, null, T0.plusSeconds(1));
    assertEquals("unknown error", job.error());
  }

  @Test
  void successRecordsReleasePagesFindingsAndDuration() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.succeed("20250303T090001-ab12", 37, "[]", T0.plus(Duration.ofMillis(1500)));
    assertAll(
        () -> assertEquals(PublishJobState.SUCCEEDED, job.state()),
        () -> assertEquals("20250303T090001-ab12", job.releaseId()),
        () -> assertEquals(37, job.pagesWritten()),
        () -> assertEquals("[]", job.findings()),
        () -> assertEquals(T0.plus(Duration.ofMillis(1500)), job.finishedAt()),
        () -> assertEquals(1500L, job.durationMillis()));
  }

  @Test
  void successClearsTheErrorOfAnEarlierAttempt() {
    PublishJob job = revisionJob();
    OffsetDateTime lastFailure = failAttempts(job, 1);
    job.start("node-b", job.nextAttemptAt());
    job.succeed("r2", 3, null, lastFailure.plusSeconds(5));
    assertNull(job.error());
  }

  @Test
  void requeuePutsARunningJobBackInTheQueue() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.requeue(T0.plusMinutes(10));
    assertAll(
        () -> assertEquals(PublishJobState.PENDING, job.state()),
        () -> assertEquals(T0.plusMinutes(10), job.nextAttemptAt()),
        () -> assertNull(job.claimedBy()));
  }

  @Test
  void refusesToRequeueAFinishedJob() {
    PublishJob job = revisionJob();
    job.start("node-a", T0);
    job.succeed("r1", 12, null, T0.plusSeconds(1));
    assertThrows(IllegalStateException.class, () -> job.requeue(T0.plusSeconds(2)));
  }

  @Test
  void refusesToSucceedAJobThatIsNotRunning() {
    PublishJob job = revisionJob();
    assertThrows(IllegalStateException.class, () -> job.succeed("r1", 1, null, T0));
  }
}
