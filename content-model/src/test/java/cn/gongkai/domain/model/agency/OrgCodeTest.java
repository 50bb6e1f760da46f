package cn.gongkai.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** 机构代码 at the head of index numbers: an organisation code or a unified social credit code. */
class OrgCodeTest {

  @Test
  void acceptsAnOrganisationCodeWithItsCheckDigit() {
    assertEquals("01526291-9", new OrgCode("01526291-9").value());
  }

  @Test
  void acceptsAUnifiedSocialCreditCode() {
    assertEquals("11341702486344515H", new OrgCode("11341702486344515H").value());
  }

  @Test
  void rejectsLowerCaseLetters() {
    assertThrows(IllegalArgumentException.class, () -> new OrgCode("11341702486344515h"));
  }

  @Test
  void rejectsACodeShorterThanSixCharacters() {
    assertThrows(IllegalArgumentException.class, () -> new OrgCode("01526"));
  }

  @Test
  void rejectsACodeLongerThanTwentyCharacters() {
    assertThrows(IllegalArgumentException.class, () -> new OrgCode("1".repeat(21)));
  }

  @Test
  void rejectsACodeStartingWithAHyphen() {
    assertThrows(IllegalArgumentException.class, () -> new OrgCode("-01526291"));
  }

  @Test
  void rejectsAMissingCode() {
    assertThrows(IllegalArgumentException.class, () -> new OrgCode(null));
  }

  @Test
  void checksWithoutThrowingTheSameWayItBuilds() {
    assertTrue(OrgCode.isValid("01526291-9") && !OrgCode.isValid("01526291-9 "));
  }

  @Test
  void saysAMissingCodeIsNotValid() {
    assertFalse(OrgCode.isValid(null));
  }

  @Test
  void equalsACodeWithTheSameValue() {
    assertEquals(new OrgCode("01526291-9"), new OrgCode("01526291-9"));
  }

  @Test
  void differsFromAnotherCode() {
    assertNotEquals(new OrgCode("01526291-9"), new OrgCode("11341702486344515H"));
  }

  @Test
  void printsAsItsValue() {
    assertEquals("01526291-9", new OrgCode("01526291-9").toString());
  }
}
