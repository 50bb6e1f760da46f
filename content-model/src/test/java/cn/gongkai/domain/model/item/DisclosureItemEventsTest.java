package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.CATALOGUE;
import static cn.gongkai.domain.model.item.ItemFixtures.DOCUMENT_NUMBER;
import static cn.gongkai.domain.model.item.ItemFixtures.DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.HEAD;
import static cn.gongkai.domain.model.item.ItemFixtures.ITEM_ID;
import static cn.gongkai.domain.model.item.ItemFixtures.LEADER;
import static cn.gongkai.domain.model.item.ItemFixtures.OFFICE;
import static cn.gongkai.domain.model.item.ItemFixtures.T0;
import static cn.gongkai.domain.model.item.ItemFixtures.TITLE;
import static cn.gongkai.domain.model.item.ItemFixtures.approve;
import static cn.gongkai.domain.model.item.ItemFixtures.approved;
import static cn.gongkai.domain.model.item.ItemFixtures.content;
import static cn.gongkai.domain.model.item.ItemFixtures.draft;
import static cn.gongkai.domain.model.item.ItemFixtures.inReview;
import static cn.gongkai.domain.model.item.ItemFixtures.published;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Every transition returns the event that records it: the item's 审核 and 保密审查 history. */
class DisclosureItemEventsTest {

  private static void assertEvent(
      ItemEvent event,
      ItemAction action,
      String actor,
      OffsetDateTime at,
      ItemState from,
      ItemState to) {
    assertAll(
        () -> assertEquals(ITEM_ID, event.itemId(), "item id"),
        () -> assertEquals(action, event.action(), "action"),
        () -> assertEquals(actor, event.actor(), "actor"),
        () -> assertEquals(at, event.at(), "at"),
        () -> assertEquals(from, event.fromState(), "from state"),
        () -> assertEquals(to, event.toState(), "to state"));
  }

  @Test
  void recordsTheCreationByTheDrafter() {
    ItemEvent event = draft().creationEvent();
    assertAll(
        () -> assertEvent(event, ItemAction.CREATED, "li.xinxi", T0, null, ItemState.DRAFT),
        () -> assertEquals(1, event.revisionNo()));
  }

  @Test
  void recordsAnEdit() {
    DisclosureItem item = draft();
    ItemEvent event = item.edit(content(), CATALOGUE, DRAFTER, T0.plusHours(1));
    assertEvent(
        event, ItemAction.EDITED, "li.xinxi", T0.plusHours(1), ItemState.DRAFT, ItemState.DRAFT);
  }

  @Test
  void recordsTheSubmissionWithoutALevel() {
    ItemEvent event = draft().submit(DRAFTER, 2, T0.plusHours(1));
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.SUBMITTED,
                "li.xinxi",
                T0.plusHours(1),
                ItemState.DRAFT,
                ItemState.IN_REVIEW),
        () -> assertNull(event.level()),
        () -> assertNull(event.comment()),
        () -> assertNull(event.confidentiality()));
  }

  @Test
  void recordsAnApprovalWithItsLevelCommentAndConfidentialityRecord() {
    DisclosureItem item = inReview(2);
    ConfidentialityReview record =
        new ConfidentialityReview(
            ConfidentialityConclusion.DECLASSIFIED, null, "已去除密级标志", TITLE, DOCUMENT_NUMBER);
    ItemEvent event =
        item.review(HEAD, ReviewDecision.APPROVE, "格式无误", record, T0.plusHours(2)).event();
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.APPROVED,
                "zhang.kezhang",
                T0.plusHours(2),
                ItemState.IN_REVIEW,
                ItemState.IN_REVIEW),
        () -> assertEquals(1, event.level()),
        () -> assertEquals("格式无误", event.comment()),
        () ->
            assertEquals(
                ConfidentialityConclusion.DECLASSIFIED, event.confidentiality().conclusion()),
        () -> assertEquals("已去除密级标志", event.confidentiality().opinion()));
  }

  @Test
  void keepsTheReviewedTitleAndDocumentNumberInTheConfidentialityRecord() {
    DisclosureItem item = inReview(2);
    ItemEvent event = approve(item, HEAD, T0.plusHours(2)).event();
    assertAll(
        () -> assertEquals(TITLE, event.confidentiality().reviewedTitle()),
        () -> assertEquals(DOCUMENT_NUMBER, event.confidentiality().reviewedReference()));
  }

  @Test
  void recordsTheSignOffAtTheLastLevel() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    ItemEvent event = approve(item, LEADER, T0.plusHours(3)).event();
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.SIGNED_OFF,
                "wang.fenguan",
                T0.plusHours(3),
                ItemState.IN_REVIEW,
                ItemState.APPROVED),
        () -> assertEquals(2, event.level()),
        () -> assertEquals(1, event.revisionNo()));
  }

  @Test
  void recordsARejectionWithItsLevelAndComment() {
    DisclosureItem item = inReview(2);
    approve(item, HEAD, T0.plusHours(2));
    ConfidentialityReview deferred = ItemFixtures.record(ConfidentialityConclusion.DEFERRED);
    ItemEvent event =
        item.review(LEADER, ReviewDecision.REJECT, "是否涉密待定", deferred, T0.plusHours(3)).event();
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.REJECTED,
                "wang.fenguan",
                T0.plusHours(3),
                ItemState.IN_REVIEW,
                ItemState.DRAFT),
        () -> assertEquals(2, event.level()),
        () -> assertEquals("是否涉密待定", event.comment()),
        () ->
            assertEquals(ConfidentialityConclusion.DEFERRED, event.confidentiality().conclusion()));
  }

  @Test
  void recordsThePublicationAsTheSystem() {
    DisclosureItem item = approved();
    ItemEvent event = item.markPublished(1, "/xxgk/4242.html", T0.plusHours(4));
    assertEvent(
        event,
        ItemAction.PUBLISHED,
        "system",
        T0.plusHours(4),
        ItemState.APPROVED,
        ItemState.PUBLISHED);
  }

  @Test
  void recordsTheEditThatStartsANewRevision() {
    DisclosureItem item = published();
    ItemEvent event = item.edit(content(), CATALOGUE, DRAFTER, T0.plusDays(1));
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.EDITED,
                "li.xinxi",
                T0.plusDays(1),
                ItemState.PUBLISHED,
                ItemState.DRAFT),
        () -> assertEquals(2, event.revisionNo()));
  }

  @Test
  void recordsTheWithdrawalRequestWithItsReason() {
    DisclosureItem item = published();
    ItemEvent event = item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.WITHDRAWAL_REQUESTED,
                "gongkaiban",
                T0.plusDays(1),
                ItemState.PUBLISHED,
                ItemState.PUBLISHED),
        () -> assertEquals("政策已废止", event.comment()));
  }

  @Test
  void recordsTheWithdrawalWithItsReason() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    ItemEvent event = item.markWithdrawn(T0.plusDays(1).plusMinutes(5));
    assertAll(
        () ->
            assertEvent(
                event,
                ItemAction.WITHDRAWN,
                "system",
                T0.plusDays(1).plusMinutes(5),
                ItemState.PUBLISHED,
                ItemState.WITHDRAWN),
        () -> assertEquals("政策已废止", event.comment()));
  }
}
