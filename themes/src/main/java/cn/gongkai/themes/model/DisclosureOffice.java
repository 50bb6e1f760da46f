package cn.gongkai.themes.model;

import java.util.Objects;

/**
 * The office that handles disclosure (公开办), as the guide must name it (条例 第12条). Fields other than
 * the name may be null when the office has no such channel.
 *
 * @param onlineApplication where to apply online (在线申请), or null
 */
public record DisclosureOffice(
    String name,
    String address,
    String postcode,
    String officeHours,
    String phone,
    String fax,
    String email,
    Link onlineApplication) {
  public DisclosureOffice {
    Objects.requireNonNull(name, "name");
  }
}
