package cn.gongkai.api.interfaces.rest.agency;

import cn.gongkai.api.application.GuideService.GuideInput;
import cn.gongkai.domain.model.guide.DisclosureGuide;
import cn.gongkai.domain.model.guide.GuideContent;
import java.time.OffsetDateTime;

/** One version of an agency's disclosure guide (公开指南). */
public record GuideView(
    long agencyId,
    int version,
    String classification,
    String howToObtain,
    String officeName,
    String officeAddress,
    String officeHours,
    String phone,
    String fax,
    String email,
    String website,
    String body,
    String createdBy,
    OffsetDateTime createdAt) {

  public static GuideView of(DisclosureGuide g) {
    GuideContent c = g.content();
    return new GuideView(
        g.agencyId(),
        g.versionNo(),
        c.classification(),
        c.howToObtain(),
        c.officeName(),
        c.officeAddress(),
        c.officeHours(),
        c.phone(),
        c.fax(),
        c.email(),
        c.website(),
        c.body(),
        g.createdBy(),
        g.createdAt());
  }

  /** What an editor sends; the server checks the fields 条例 第12条 requires. */
  public record Request(
      String classification,
      String howToObtain,
      String officeName,
      String officeAddress,
      String officeHours,
      String phone,
      String fax,
      String email,
      String website,
      String body) {
    public GuideInput toInput() {
      return new GuideInput(
          classification,
          howToObtain,
          officeName,
          officeAddress,
          officeHours,
          phone,
          fax,
          email,
          website,
          body);
    }
  }
}
