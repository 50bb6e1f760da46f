package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.ADMIN;
import static cn.gongkai.domain.model.item.ItemFixtures.CATALOGUE;
import static cn.gongkai.domain.model.item.ItemFixtures.DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.HEAD;
import static cn.gongkai.domain.model.item.ItemFixtures.ITEM_ID;
import static cn.gongkai.domain.model.item.ItemFixtures.LEADER;
import static cn.gongkai.domain.model.item.ItemFixtures.OFFICE;
import static cn.gongkai.domain.model.item.ItemFixtures.OTHER_AGENCY;
import static cn.gongkai.domain.model.item.ItemFixtures.T0;
import static cn.gongkai.domain.model.item.ItemFixtures.TITLE;
import static cn.gongkai.domain.model.item.ItemFixtures.approve;
import static cn.gongkai.domain.model.item.ItemFixtures.approved;
import static cn.gongkai.domain.model.item.ItemFixtures.contentTitled;
import static cn.gongkai.domain.model.item.ItemFixtures.draft;
import static cn.gongkai.domain.model.item.ItemFixtures.inReview;
import static cn.gongkai.domain.model.item.ItemFixtures.published;
import static cn.gongkai.domain.model.item.ItemFixtures.reviseAndSignOff;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sign-off, index number, going live, revising a live item and withdrawing it. */
class DisclosureItemPublicationTest {

  private static final String URL = "/xxgk/tzgg/4242.html";

  private static ItemRevision signOff(DisclosureItem item) {
    approve(item, HEAD, T0.plusHours(2));
    return approve(item, LEADER, T0.plusHours(3)).revision().orElseThrow();
  }

  @Test
  void signOffProducesTheSignedRevision() {
    ItemRevision revision = signOff(inReview(2));
    assertAll(
        () -> assertEquals(ITEM_ID, revision.itemId()),
        () -> assertEquals(1, revision.revisionNo()),
        () -> assertEquals(CATALOGUE, revision.catalogueId()),
        () -> assertEquals(TITLE, revision.content().title()),
        () -> assertEquals("wang.fenguan", revision.signedBy()),
        () -> assertEquals(T0.plusHours(3), revision.signedAt()));
  }

  @Test
  void approvalBelowTheLastLevelProducesNoRevision() {
    ReviewOutcome outcome = approve(inReview(2), HEAD, T0.plusHours(2));
    assertFalse(outcome.signedOff());
  }

  @Test
  void signedRevisionHoldsACopyOfTheContent() {
    DisclosureItem item = inReview(2);
    ItemRevision revision = signOff(item);
    assertNotSame(item.content(), revision.content());
  }

  @Test
  void signedRevisionKeepsItsContentWhenTheItemIsEditedLater() {
    DisclosureItem item = inReview(2);
    ItemRevision revision = signOff(item);
    item.markPublished(1, URL, T0.plusHours(4));
    item.edit(contentTitled("另一个标题"), CATALOGUE, DRAFTER, T0.plusDays(1));
    assertEquals(TITLE, revision.content().title());
  }

  @Test
  void assignsTheIndexNumber() {
    DisclosureItem item = approved();
    item.assignIndexNumber("11341702486344515H/202503-00013");
    assertEquals("11341702486344515H/202503-00013", item.indexNumber());
  }

  @Test
  void rejectsASecondIndexNumber() {
    DisclosureItem item = approved();
    item.assignIndexNumber("11341702486344515H/202503-00013");
    assertThrows(
        IllegalStateException.class,
        () -> item.assignIndexNumber("11341702486344515H/202503-00014"));
  }

  @Test
  void publicationSetsTheUrlAndThePublishDate() {
    DisclosureItem item = published();
    assertAll(
        () -> assertEquals(ItemState.PUBLISHED, item.state()),
        () -> assertEquals(URL, item.url()),
        () -> assertEquals(T0.plusHours(4), item.publishedAt()),
        () -> assertEquals(T0.plusHours(4), item.lastPublishedAt()),
        () -> assertEquals(Optional.of(1), item.liveRevision()),
        () -> assertEquals(Optional.empty(), item.approvedRevision()));
  }

  @Test
  void publishedItemIsLive() {
    assertTrue(published().live());
  }

  @Test
  void signedButUnpublishedItemIsNotLive() {
    assertFalse(approved().live());
  }

  @Test
  void republicationKeepsTheFirstUrlAndPublishDate() {
    DisclosureItem item = published();
    reviseAndSignOff(item, T0.plusDays(1));
    item.markPublished(2, "/xxgk/tzgg/other.html", T0.plusDays(2));
    assertAll(
        () -> assertEquals(URL, item.url()),
        () -> assertEquals(T0.plusHours(4), item.publishedAt()),
        () -> assertEquals(T0.plusDays(2), item.lastPublishedAt()),
        () -> assertEquals(Optional.of(2), item.liveRevision()));
  }

  @Test
  void theSiteListsAnItemUnderItsLiveCatalogueUntilAMoveIsLive() {
    DisclosureItem item = published();
    long elsewhere = CATALOGUE + 1;
    item.edit(contentTitled("移到另一目录"), elsewhere, DRAFTER, T0.plusDays(1));
    item.submit(DRAFTER, 2, T0.plusDays(1).plusMinutes(10));
    ItemFixtures.approve(item, ItemFixtures.HEAD, T0.plusDays(1).plusMinutes(20));
    ItemFixtures.approve(item, ItemFixtures.LEADER, T0.plusDays(1).plusMinutes(30));
    assertEquals(Optional.of(CATALOGUE), item.publication().liveCatalogueId(), "signed, not live");
    item.markPublished(2, URL, T0.plusDays(2));
    assertEquals(Optional.of(elsewhere), item.publication().liveCatalogueId());
  }

  @Test
  void editingAPublishedItemStartsANewRevision() {
    DisclosureItem item = published();
    item.edit(contentTitled("修订稿"), CATALOGUE, DRAFTER, T0.plusDays(1));
    assertAll(
        () -> assertEquals(2, item.revisionNo()),
        () -> assertEquals(ItemState.DRAFT, item.state()));
  }

  @Test
  void editingAPublishedItemKeepsTheLiveRevisionOnline() {
    DisclosureItem item = published();
    item.edit(contentTitled("修订稿"), CATALOGUE, DRAFTER, T0.plusDays(1));
    assertAll(
        () -> assertEquals(Optional.of(1), item.liveRevision()), () -> assertTrue(item.live()));
  }

  @Test
  void editingTheNewRevisionAgainKeepsItsNumber() {
    DisclosureItem item = published();
    item.edit(contentTitled("修订稿"), CATALOGUE, DRAFTER, T0.plusDays(1));
    item.edit(contentTitled("修订稿二"), CATALOGUE, DRAFTER, T0.plusDays(2));
    assertEquals(2, item.revisionNo());
  }

  @Test
  void signsTheNewRevisionUnderItsOwnNumber() {
    DisclosureItem item = published();
    ItemRevision revision = reviseAndSignOff(item, T0.plusDays(1)).revision().orElseThrow();
    assertAll(
        () -> assertEquals(2, revision.revisionNo()),
        () -> assertEquals(TITLE + "（修订）", revision.content().title()),
        () -> assertEquals(Optional.of(2), item.approvedRevision()),
        () -> assertEquals(Optional.of(1), item.liveRevision()));
  }

  @Test
  void editRecordsTheDayTheContentChanged() {
    DisclosureItem item = draft();
    item.edit(contentTitled("修订稿"), CATALOGUE, DRAFTER, T0.plusDays(3));
    assertEquals(LocalDate.parse("2025-03-06"), item.changedOn());
  }

  @Test
  void withdrawalNeedsTheDisclosureOffice() {
    DisclosureItem item = published();
    assertThrows(
        PermissionDenied.class, () -> item.requestWithdrawal(DRAFTER, "政策已废止", T0.plusDays(1)));
  }

  @Test
  void letsAnAdministratorRequestWithdrawal() {
    DisclosureItem item = published();
    item.requestWithdrawal(ADMIN, "误发", T0.plusDays(1));
    assertTrue(item.withdrawalPending());
  }

  @Test
  void rejectsWithdrawalByTheOfficeOfAnotherAgency() {
    Actor otherOffice = new Actor("gongkaiban2", Set.of(Role.OFFICE), null, OTHER_AGENCY, null);
    DisclosureItem item = published();
    assertThrows(
        PermissionDenied.class, () -> item.requestWithdrawal(otherOffice, "误发", T0.plusDays(1)));
  }

  @Test
  void withdrawalNeedsAReason() {
    DisclosureItem item = published();
    InvalidInput error =
        assertThrows(
            InvalidInput.class, () -> item.requestWithdrawal(OFFICE, "  ", T0.plusDays(1)));
    assertEquals("reason", error.errors().get(0).field());
  }

  @Test
  void requestedWithdrawalKeepsTheItemLiveUntilTheNoticeIsOut() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "  政策已废止 ", T0.plusDays(1));
    assertAll(
        () -> assertEquals(ItemState.PUBLISHED, item.state()),
        () -> assertTrue(item.live()),
        () -> assertTrue(item.withdrawalPending()),
        () -> assertEquals("政策已废止", item.withdrawalReason()));
  }

  @Test
  void markWithdrawnTakesTheItemOffTheSite() {
    DisclosureItem item = published();
    item.requestWithdrawal(OFFICE, "政策已废止", T0.plusDays(1));
    item.markWithdrawn(T0.plusDays(1).plusMinutes(5));
    assertAll(
        () -> assertEquals(ItemState.WITHDRAWN, item.state()),
        () -> assertFalse(item.live()),
        () -> assertFalse(item.withdrawalPending()),
        () -> assertEquals(T0.plusDays(1).plusMinutes(5), item.withdrawnAt()));
  }
}
