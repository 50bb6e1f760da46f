package cn.gongkai.domain.model.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user's roles stored as one comma-separated column. */
class RolesConverterTest {

  private final RolesConverter converter = new RolesConverter();

  @Test
  void readsBackTheRolesItStored() {
    Set<Role> roles = EnumSet.of(Role.REVIEWER, Role.OFFICE, Role.DRAFTER);
    assertEquals(
        roles, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(roles)));
  }

  @Test
  void storesRolesInNameOrder() {
    assertEquals(
        "ADMIN,OFFICE,REVIEWER",
        converter.convertToDatabaseColumn(Set.of(Role.REVIEWER, Role.ADMIN, Role.OFFICE)));
  }

  @Test
  void storesNoRolesAsAnEmptyColumn() {
    assertEquals("", converter.convertToDatabaseColumn(Set.of()));
  }

  @Test
  void readsAnEmptyColumnAsNoRoles() {
    assertEquals(Set.of(), converter.convertToEntityAttribute(""));
  }

  @Test
  void readsANullColumnAsNoRoles() {
    assertEquals(Set.of(), converter.convertToEntityAttribute(null));
  }

  @Test
  void readsRolesWithSpacesAroundThem() {
    assertEquals(
        EnumSet.of(Role.DRAFTER, Role.AUDITOR),
        converter.convertToEntityAttribute(" DRAFTER , AUDITOR"));
  }

  @Test
  void rejectsAnUnknownRole() {
    assertThrows(
        IllegalArgumentException.class, () -> converter.convertToEntityAttribute("DRAFTER,EDITOR"));
  }
}
