package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.CATALOGUE;
import static cn.gongkai.domain.model.item.ItemFixtures.DEPARTMENT;
import static cn.gongkai.domain.model.item.ItemFixtures.DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.HEAD;
import static cn.gongkai.domain.model.item.ItemFixtures.LEADER;
import static cn.gongkai.domain.model.item.ItemFixtures.OFFICE;
import static cn.gongkai.domain.model.item.ItemFixtures.T0;
import static cn.gongkai.domain.model.item.ItemFixtures.approve;
import static cn.gongkai.domain.model.item.ItemFixtures.approved;
import static cn.gongkai.domain.model.item.ItemFixtures.content;
import static cn.gongkai.domain.model.item.ItemFixtures.draft;
import static cn.gongkai.domain.model.item.ItemFixtures.inReview;
import static cn.gongkai.domain.model.item.ItemFixtures.published;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.model.WorkflowViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DRAFT → IN_REVIEW (levels 1..n) → APPROVED, the way back on rejection, and what is refused. */
class DisclosureItemWorkflowTest {

  @Test
  void startsAsADraftOfTheDraftersDepartment() {
    DisclosureItem item = draft();
    assertAll(
        () -> assertEquals(ItemState.DRAFT, item.state()),
        () -> assertEquals(1, item.revisionNo()),
        () -> assertEquals("li.xinxi", item.drafter()),
        () -> assertEquals(DEPARTMENT, item.departmentId()),
        () -> assertEquals(T0.toLocalDate(), item.changedOn()));
  }

  @Test
  void submissionSendsTheDraftToReviewAtLevelOne() {
    DisclosureItem item = draft();
    item.submit(DRAFTER, 3, T0.plusHours(1));
    assertAll(
        () -> assertEquals(ItemState.IN_REVIEW, item.state()),
        () -> assertEquals(1, item.reviewLevel()),
        () -> assertEquals(3, item.requiredLevels()));
  }

  @Test
  void approvalBelowTheLastLevelMovesTheItemToTheNextLevel() {
    DisclosureItem item = inReview(3);
    approve(item, HEAD, T0.plusHours(2));
    assertAll(
        () -> assertEquals(ItemState.IN_REVIEW, item.state()),
        () -> assertEquals(2, item.reviewLevel()));
  }

  @Test
  void approvalAtTheLastLevelApprovesTheWorkingRevision() {
    DisclosureItem item = approved();
    assertAll(
        () -> assertEquals(ItemState.APPROVED, item.state()),
        () -> assertEquals(0, item.reviewLevel()),
        () -> assertEquals(Optional.of(1), item.approvedRevision()));
  }

  @Test
  void signsOffAtOnceWhenTheBodyHasOneLevel() {
    DisclosureItem item = inReview(1);
    assertTrue(approve(item, HEAD, T0.plusHours(2)).signedOff());
  }

  @Test
  void returnsRejectedItemToDraftWithTheComment() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    ReviewOutcome outcome =
        item.review(LEADER, ReviewDecision.REJECT, "文号有误，请核对", null, T0.plusHours(3));
    assertAll(
        () -> assertEquals(ItemState.DRAFT, item.state()),
        () -> assertEquals(0, item.reviewLevel()),
        () -> assertEquals("文号有误，请核对", outcome.event().comment()),
        () -> assertEquals(Optional.empty(), outcome.revision()));
  }

  @Test
  void startsANewRoundAtLevelOneAfterARejection() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    item.review(LEADER, ReviewDecision.REJECT, "请补充附件", null, T0.plusHours(3));
    item.edit(content(), CATALOGUE, DRAFTER, T0.plusHours(4));
    item.submit(DRAFTER, 2, T0.plusHours(5));
    approve(item, HEAD, T0.plusHours(6));
    approve(item, LEADER, T0.plusHours(7));
    assertEquals(ItemState.APPROVED, item.state());
  }

  @Test
  void rejectsApprovalOfADraft() {
    DisclosureItem item = draft();
    assertThrows(WorkflowViolation.class, () -> approve(item, HEAD, T0.plusHours(1)));
  }

  @Test
  void rejectsApprovalOfAnApprovedItem() {
    DisclosureItem item = approved();
    assertThrows(WorkflowViolation.class, () -> approve(item, HEAD, T0.plusHours(5)));
  }

  @Test
  void rejectsSubmittingTwice() {
    DisclosureItem item = inReview(2);
    assertThrows(WorkflowViolation.class, () -> item.submit(DRAFTER, 2, T0.plusHours(2)));
  }

  @Test
  void rejectsSubmittingWithoutAReviewLevel() {
    DisclosureItem item = draft();
    assertThrows(IllegalArgumentException.class, () -> item.submit(DRAFTER, 0, T0.plusHours(1)));
  }

  @Test
  void rejectsEditingAnItemInReview() {
    DisclosureItem item = inReview(2);
    assertThrows(
        WorkflowViolation.class, () -> item.edit(content(), CATALOGUE, DRAFTER, T0.plusHours(2)));
  }

  @Test
  void rejectsEditingAnApprovedItem() {
    DisclosureItem item = approved();
    assertThrows(
        WorkflowViolation.class, () -> item.edit(content(), CATALOGUE, DRAFTER, T0.plusHours(5)));
  }

  @Test
  void rejectsEditingAWithdrawnItem() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    item.markWithdrawn(T0.plusDays(1).plusMinutes(5));
    assertThrows(
        WorkflowViolation.class, () -> item.edit(content(), CATALOGUE, DRAFTER, T0.plusDays(2)));
  }

  @Test
  void rejectsEditingWhileAWithdrawalIsPending() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    assertThrows(
        WorkflowViolation.class, () -> item.edit(content(), CATALOGUE, DRAFTER, T0.plusDays(2)));
  }

  @Test
  void rejectsWithdrawalOfADraft() {
    DisclosureItem item = draft();
    assertThrows(
        WorkflowViolation.class, () -> item.requestWithdrawal(OFFICE, "误发", T0.plusHours(1)));
  }

  @Test
  void rejectsASecondWithdrawalRequest() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    assertThrows(
        WorkflowViolation.class,
        () -> item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1).plusHours(1)));
  }

  @Test
  void rejectsMarkingWithdrawnWithoutARequest() {
    DisclosureItem item = published();
    assertThrows(WorkflowViolation.class, () -> item.markWithdrawn(T0.plusDays(1)));
  }

  @Test
  void rejectsPublishingARevisionThatIsNotTheApprovedOne() {
    DisclosureItem item = approved();
    assertThrows(
        WorkflowViolation.class, () -> item.markPublished(2, "/xxgk/4242.html", T0.plusHours(5)));
  }

  @Test
  void rejectsPublishingAnItemStillInReview() {
    DisclosureItem item = inReview(2);
    assertThrows(
        WorkflowViolation.class, () -> item.markPublished(1, "/xxgk/4242.html", T0.plusHours(5)));
  }

  @Test
  void rejectsPublishingTheSameRevisionTwice() {
    DisclosureItem item = published();
    assertThrows(
        WorkflowViolation.class, () -> item.markPublished(1, "/xxgk/4242.html", T0.plusDays(1)));
  }

  @Test
  void leavesTheItemUnchangedWhenATransitionIsRefused() {
    DisclosureItem item = inReview(2);
    assertThrows(WorkflowViolation.class, () -> item.submit(DRAFTER, 2, T0.plusHours(2)));
    assertAll(
        () -> assertEquals(ItemState.IN_REVIEW, item.state()),
        () -> assertEquals(1, item.reviewLevel()),
        () -> assertEquals(T0.plusHours(1), item.updatedAt()));
  }

  @Test
  void recordsWhenTheItemLastChanged() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    assertEquals(T0.plusHours(2), item.updatedAt());
  }
}
