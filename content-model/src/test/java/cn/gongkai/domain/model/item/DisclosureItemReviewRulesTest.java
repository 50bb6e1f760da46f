package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.AGENCY;
import static cn.gongkai.domain.model.item.ItemFixtures.CATALOGUE;
import static cn.gongkai.domain.model.item.ItemFixtures.DEPARTMENT;
import static cn.gongkai.domain.model.item.ItemFixtures.DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.HEAD;
import static cn.gongkai.domain.model.item.ItemFixtures.LEADER;
import static cn.gongkai.domain.model.item.ItemFixtures.OFFICE;
import static cn.gongkai.domain.model.item.ItemFixtures.OTHER_AGENCY;
import static cn.gongkai.domain.model.item.ItemFixtures.OTHER_DEPARTMENT_DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.T0;
import static cn.gongkai.domain.model.item.ItemFixtures.approve;
import static cn.gongkai.domain.model.item.ItemFixtures.content;
import static cn.gongkai.domain.model.item.ItemFixtures.draft;
import static cn.gongkai.domain.model.item.ItemFixtures.inReview;
import static cn.gongkai.domain.model.item.ItemFixtures.record;
import static cn.gongkai.domain.model.item.ItemFixtures.reviewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may write and review an item: roles, scope, levels, four eyes and the 保密审查 conclusion. */
class DisclosureItemReviewRulesTest {

  private static final ConfidentialityReview NOT_SECRET =
      record(ConfidentialityConclusion.NOT_SECRET);

  private static ReviewOutcome approveWith(
      DisclosureItem item, Actor actor, ConfidentialityReview confidentiality) {
    return item.review(actor, ReviewDecision.APPROVE, null, confidentiality, T0.plusHours(2));
  }

  private static String fieldOf(InvalidInput error) {
    assertEquals(1, error.errors().size(), error.errors().toString());
    return error.errors().get(0).field();
  }

  @Test
  void rejectsApprovalByTheDrafter() {
    Actor drafterWhoAlsoReviews =
        new Actor("li.xinxi", Set.of(Role.DRAFTER, Role.REVIEWER), 1, AGENCY, DEPARTMENT);
    DisclosureItem item = inReview(2);
    assertThrows(
        PermissionDenied.class, () -> approveWith(item, drafterWhoAlsoReviews, NOT_SECRET));
  }

  @Test
  void rejectsAReviewerOfAnotherLevel() {
    DisclosureItem item = inReview(2);
    assertThrows(PermissionDenied.class, () -> approveWith(item, LEADER, NOT_SECRET));
  }

  @Test
  void rejectsAReviewerWithoutALevel() {
    Actor noLevel = new Actor("sun.shenhe", Set.of(Role.REVIEWER), null, AGENCY, null);
    DisclosureItem item = inReview(2);
    assertThrows(PermissionDenied.class, () -> approveWith(item, noLevel, NOT_SECRET));
  }

  @Test
  void rejectsOnePersonSigningTwoLevelsOfTheSameItem() {
    DisclosureItem item = inReview(2);
    approveWith(item, reviewer("zhang.kezhang", 1), NOT_SECRET);
    // The same person, after an administrator moved them to level 2 mid-round.
    Actor sameUserAtLevelTwo = reviewer("zhang.kezhang", 2);
    assertThrows(PermissionDenied.class, () -> approveWith(item, sameUserAtLevelTwo, NOT_SECRET));
  }

  @Test
  void rejectsReviewByAnActorWhoIsNotAReviewer() {
    DisclosureItem item = inReview(2);
    assertThrows(PermissionDenied.class, () -> approveWith(item, OFFICE, NOT_SECRET));
  }

  @Test
  void rejectsAReviewerOfAnotherAgency() {
    Actor elsewhere = new Actor("zhou.kezhang", Set.of(Role.REVIEWER), 1, OTHER_AGENCY, null);
    DisclosureItem item = inReview(2);
    assertThrows(PermissionDenied.class, () -> approveWith(item, elsewhere, NOT_SECRET));
  }

  @Test
  void rejectsARejectionWithoutAComment() {
    DisclosureItem item = inReview(2);
    InvalidInput error =
        assertThrows(
            InvalidInput.class,
            () -> item.review(HEAD, ReviewDecision.REJECT, null, null, T0.plusHours(2)));
    assertEquals("comment", fieldOf(error));
  }

  @Test
  void rejectsARejectionWithABlankComment() {
    DisclosureItem item = inReview(2);
    assertThrows(
        InvalidInput.class,
        () -> item.review(HEAD, ReviewDecision.REJECT, " \t", null, T0.plusHours(2)));
  }

  @Test
  void rejectsAnApprovalWithoutAConfidentialityRecord() {
    DisclosureItem item = inReview(2);
    InvalidInput error = assertThrows(InvalidInput.class, () -> approveWith(item, HEAD, null));
    assertEquals("confidentiality.conclusion", fieldOf(error));
  }

  @Test
  void rejectsAnApprovalWhoseRecordHasNoConclusion() {
    DisclosureItem item = inReview(2);
    ConfidentialityReview noConclusion =
        new ConfidentialityReview(null, null, "同意", ItemFixtures.TITLE, null);
    assertThrows(InvalidInput.class, () -> approveWith(item, HEAD, noConclusion));
  }

  @Test
  void rejectsApprovingAProactiveItemConcludedSecret() {
    DisclosureItem item = inReview(2);
    InvalidInput error =
        assertThrows(
            InvalidInput.class,
            () -> approveWith(item, HEAD, record(ConfidentialityConclusion.SECRET)));
    assertEquals("confidentiality.conclusion", fieldOf(error));
  }

  @Test
  void rejectsApprovingAProactiveItemWhosePublicationIsDeferred() {
    DisclosureItem item = inReview(2);
    assertThrows(
        InvalidInput.class,
        () -> approveWith(item, HEAD, record(ConfidentialityConclusion.DEFERRED)));
  }

  @Test
  void approvesAProactiveItemOnceDeclassified() {
    DisclosureItem item = inReview(1);
    assertTrue(approveWith(item, HEAD, record(ConfidentialityConclusion.DECLASSIFIED)).signedOff());
  }

  @Test
  void approvesAnItemGivenOnApplicationOnlyThoughItIsSecret() {
    DisclosureItem item = draft(content(Disclosure.ON_APPLICATION));
    item.submit(DRAFTER, 1, T0.plusHours(1));
    assertTrue(approveWith(item, HEAD, record(ConfidentialityConclusion.SECRET)).signedOff());
  }

  @Test
  void keepsTheItemAtItsLevelWhenAnApprovalIsRefused() {
    DisclosureItem item = inReview(2);
    assertThrows(
        InvalidInput.class,
        () -> approveWith(item, HEAD, record(ConfidentialityConclusion.SECRET)));
    // The refused attempt must not count as a signature: the same reviewer can still sign.
    approveWith(item, HEAD, NOT_SECRET);
    assertEquals(2, item.reviewLevel());
  }

  @Test
  void letsTheSameReviewersSignAgainInTheNextRound() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    item.review(LEADER, ReviewDecision.REJECT, "请补充依据", null, T0.plusHours(3));
    item.submit(DRAFTER, 2, T0.plusHours(4));
    approve(item, HEAD, T0.plusHours(5));
    assertEquals(2, item.reviewLevel());
  }

  @Test
  void rejectsEditByADrafterOfAnotherDepartment() {
    DisclosureItem item = draft();
    assertThrows(
        PermissionDenied.class,
        () -> item.edit(content(), CATALOGUE, OTHER_DEPARTMENT_DRAFTER, T0.plusHours(1)));
  }

  @Test
  void rejectsSubmissionByADrafterOfAnotherDepartment() {
    DisclosureItem item = draft();
    assertThrows(
        PermissionDenied.class, () -> item.submit(OTHER_DEPARTMENT_DRAFTER, 2, T0.plusHours(1)));
  }

  @Test
  void letsTheDisclosureOfficeEditADepartmentsItem() {
    DisclosureItem item = draft();
    item.edit(ItemFixtures.contentTitled("更正后的标题"), CATALOGUE, OFFICE, T0.plusHours(1));
    assertEquals("更正后的标题", item.content().title());
  }

  @Test
  void rejectsADraftForAnotherAgency() {
    assertThrows(
        PermissionDenied.class,
        () -> DisclosureItem.draft(OTHER_AGENCY, CATALOGUE, content(), DRAFTER, T0));
  }

  @Test
  void rejectsADraftWrittenByAReviewer() {
    assertThrows(
        PermissionDenied.class, () -> DisclosureItem.draft(AGENCY, CATALOGUE, content(), HEAD, T0));
  }

  @Test
  void rejectsEditByAReviewer() {
    DisclosureItem item = draft();
    assertThrows(
        PermissionDenied.class, () -> item.edit(content(), CATALOGUE, HEAD, T0.plusHours(1)));
  }
}
