package cn.gongkai.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/**
 * 机构代码: the issuing body's organisation code or 18-character unified social credit code, as it
 * appears at the head of its index numbers (e.g. {@code 01526291-9}, {@code 11341702486344515H}).
 */
@Embeddable
public class OrgCode {
  private static final Pattern FORM = Pattern.compile("[0-9A-Z][0-9A-Z-]{5,19}");

  @Column(name = "org_code", nullable = false, unique = true)
  private String value;

  protected OrgCode() {}

  public OrgCode(String value) {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "An organisation code is 6 to 20 capital letters, digits or hyphens, such as"
              + " 01526291-9 or 11341702486344515H.");
    }
    this.value = value;
  }

  public static boolean isValid(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgCode other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
