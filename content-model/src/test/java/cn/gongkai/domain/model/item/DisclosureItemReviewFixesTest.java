package cn.gongkai.domain.model.item;

import static cn.gongkai.domain.model.item.ItemFixtures.AGENCY;
import static cn.gongkai.domain.model.item.ItemFixtures.CATALOGUE;
import static cn.gongkai.domain.model.item.ItemFixtures.DEPARTMENT;
import static cn.gongkai.domain.model.item.ItemFixtures.DRAFTER;
import static cn.gongkai.domain.model.item.ItemFixtures.HEAD;
import static cn.gongkai.domain.model.item.ItemFixtures.LEADER;
import static cn.gongkai.domain.model.item.ItemFixtures.OFFICE;
import static cn.gongkai.domain.model.item.ItemFixtures.OTHER_DEPARTMENT;
import static cn.gongkai.domain.model.item.ItemFixtures.T0;
import static cn.gongkai.domain.model.item.ItemFixtures.TITLE;
import static cn.gongkai.domain.model.item.ItemFixtures.approve;
import static cn.gongkai.domain.model.item.ItemFixtures.content;
import static cn.gongkai.domain.model.item.ItemFixtures.contentTitled;
import static cn.gongkai.domain.model.item.ItemFixtures.draft;
import static cn.gongkai.domain.model.item.ItemFixtures.inReview;
import static cn.gongkai.domain.model.item.ItemFixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.WorkflowViolation;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules tightened after the first review of the workflow. */
class DisclosureItemReviewFixesTest {

  @Test
  void refusesApprovalByTheSubmitterEvenWhenItIsAReviewer() {
    Actor officeReviewer =
        new Actor("gongkaiban", Set.of(Role.OFFICE, Role.REVIEWER), 1, AGENCY, null);
    DisclosureItem item = draft();
    item.submit(officeReviewer, 2, T0.plusHours(1));
    assertThrows(PermissionDenied.class, () -> approve(item, officeReviewer, T0.plusHours(2)));
  }

  @Test
  void refusesADepartmentHeadOfAnotherDepartment() {
    DisclosureItem item = inReview(2);
    Actor otherHead = new Actor("li.kezhang", Set.of(Role.REVIEWER), 1, AGENCY, OTHER_DEPARTMENT);
    assertThrows(PermissionDenied.class, () -> approve(item, otherHead, T0.plusHours(2)));
  }

  @Test
  void acceptsTheDepartmentHeadOfTheItemsDepartment() {
    DisclosureItem item = inReview(2);
    Actor ownHead = new Actor("zhao.kezhang", Set.of(Role.REVIEWER), 1, AGENCY, DEPARTMENT);
    approve(item, ownHead, T0.plusHours(2));
    assertEquals(2, item.reviewLevel());
  }

  @Test
  void letsTheOfficeWithdrawALiveItemWhileANewRevisionIsBeingWritten() {
    DisclosureItem item = published();
    item.edit(contentTitled(TITLE + "（修订）"), CATALOGUE, DRAFTER, T0.plusDays(1));
    item.requestWithdrawal(OFFICE, "页面含有个人信息", T0.plusDays(1).plusHours(1));
    item.markWithdrawn(T0.plusDays(1).plusHours(2));
    assertEquals(ItemState.WITHDRAWN, item.state());
    assertFalse(item.live());
  }

  @Test
  void letsASignedItemThatIsNotPublishedBeRevised() {
    DisclosureItem item = draft(content(Disclosure.ON_APPLICATION));
    item.submit(DRAFTER, 2, T0.plusHours(1));
    approve(item, HEAD, T0.plusHours(2));
    approve(item, LEADER, T0.plusHours(3));
    assertEquals(ItemState.APPROVED, item.state());
    assertTrue(item.approvedRevision().isEmpty(), "nothing awaits publication");

    item.edit(content(Disclosure.ON_APPLICATION), CATALOGUE, DRAFTER, T0.plusDays(1));

    assertEquals(ItemState.DRAFT, item.state());
    assertEquals(2, item.revisionNo());
  }

  @Test
  void refusesToMoveAnItemThatWasNeverStored() {
    DisclosureItem unsaved = DisclosureItem.draft(AGENCY, CATALOGUE, content(), DRAFTER, T0);
    assertThrows(IllegalStateException.class, () -> unsaved.submit(DRAFTER, 2, T0));
    assertEquals(ItemState.DRAFT, unsaved.state(), "a refused transition changes nothing");
  }

  @Test
  void refusesABlankIndexNumber() {
    DisclosureItem item = draft();
    assertThrows(IllegalArgumentException.class, () -> item.assignIndexNumber(" "));
  }

  @Test
  void refusesToWithdrawAnItemThatNeverWentLive() {
    DisclosureItem item = draft();
    assertThrows(WorkflowViolation.class, () -> item.requestWithdrawal(OFFICE, "撤销", T0));
  }
}
