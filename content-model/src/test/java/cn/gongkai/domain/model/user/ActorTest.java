package cn.gongkai.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An actor's roles and scope: its agency and, for a drafter, its department. */
class ActorTest {

  private static final long AGENCY = 7;
  private static final long DEPARTMENT = 70;

  private static final Actor DRAFTER =
      new Actor("li.xinxi", Set.of(Role.DRAFTER), null, AGENCY, DEPARTMENT);
  private static final Actor OFFICE =
      new Actor("gongkaiban", Set.of(Role.OFFICE), null, AGENCY, null);
  private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null, null);

  @Test
  void hasTheRolesItWasGiven() {
    Actor actor = new Actor("wang", Set.of(Role.REVIEWER, Role.OFFICE), 2, AGENCY, null);
    assertTrue(actor.has(Role.REVIEWER) && actor.has(Role.OFFICE));
  }

  @Test
  void lacksRolesItWasNotGiven() {
    assertFalse(DRAFTER.has(Role.REVIEWER));
  }

  @Test
  void keepsItsRolesWhenTheGivenSetChangesLater() {
    Set<Role> roles = EnumSet.of(Role.DRAFTER);
    Actor actor = new Actor("li", roles, null, AGENCY, null);
    roles.add(Role.ADMIN);
    assertFalse(actor.has(Role.ADMIN));
  }

  @Test
  void rolesCannotBeChangedThroughTheActor() {
    assertThrows(UnsupportedOperationException.class, () -> DRAFTER.roles().add(Role.ADMIN));
  }

  @Test
  void adminActsInEveryAgency() {
    assertTrue(ADMIN.inAgency(AGENCY) && ADMIN.inAgency(999));
  }

  @Test
  void staffActInTheirOwnAgency() {
    assertTrue(OFFICE.inAgency(AGENCY));
  }

  @Test
  void staffDoNotActInAnotherAgency() {
    assertFalse(OFFICE.inAgency(AGENCY + 1));
  }

  @Test
  void staffWithoutAnAgencyActNowhere() {
    Actor unassigned = new Actor("new.hire", Set.of(Role.DRAFTER), null, null, null);
    assertFalse(unassigned.inAgency(AGENCY));
  }

  @Test
  void departmentBoundActorWorksInItsDepartment() {
    assertTrue(DRAFTER.inDepartment(AGENCY, DEPARTMENT));
  }

  @Test
  void departmentBoundActorStaysOutOfOtherDepartments() {
    assertFalse(DRAFTER.inDepartment(AGENCY, DEPARTMENT + 1));
  }

  @Test
  void departmentBoundActorStaysOutOfOtherAgencies() {
    assertFalse(DRAFTER.inDepartment(AGENCY + 1, DEPARTMENT));
  }

  @Test
  void actorWithoutADepartmentWorksInEveryDepartmentOfItsAgency() {
    assertTrue(OFFICE.inDepartment(AGENCY, DEPARTMENT) && OFFICE.inDepartment(AGENCY, 71L));
  }

  @Test
  void itemWithoutADepartmentIsOpenToTheAgencysDrafters() {
    assertTrue(DRAFTER.inDepartment(AGENCY, null));
  }

  @Test
  void adminWorksInEveryDepartmentOfEveryAgency() {
    assertTrue(ADMIN.inDepartment(999, 12345L));
  }
}
