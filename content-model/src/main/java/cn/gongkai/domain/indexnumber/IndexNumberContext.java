package cn.gongkai.domain.indexnumber;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an index number is made from besides its sequence.
 *
 * @param orgCode the issuing body's organisation or unified social credit code (机构代码)
 * @param catalogueCode the code of the item's catalogue (公开目录), or null if it has none
 * @param assignedOn the date the number is assigned: the publication date
 */
public record IndexNumberContext(String orgCode, String catalogueCode, LocalDate assignedOn) {

  public IndexNumberContext {
    requireCode("organisation code", orgCode);
    if (catalogueCode != null) {
      requireCode("catalogue code", catalogueCode);
    }
    Objects.requireNonNull(assignedOn, "assignedOn");
  }

  public Optional<String> catalogue() {
    return Optional.ofNullable(catalogueCode);
  }

  private static void requireCode(String what, String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("An index number needs the " + what + ".");
    }
    if (code.codePoints().anyMatch(IndexNumber::isSpace)) {
      throw new IllegalArgumentException(
          "The " + what + " '" + code + "' contains a space and cannot go into an index number.");
    }
  }
}
