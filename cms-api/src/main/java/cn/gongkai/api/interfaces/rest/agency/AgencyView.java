package cn.gongkai.api.interfaces.rest.agency;

import cn.gongkai.domain.model.agency.Agency;
import java.time.OffsetDateTime;

/** An issuing body as the API shows it. */
public record AgencyView(
    long id,
    String slug,
    String orgCode,
    String name,
    String ruleSet,
    String indexPattern,
    OffsetDateTime createdAt) {
  public static AgencyView of(Agency a) {
    return new AgencyView(
        a.id(),
        a.slug(),
        a.orgCode().value(),
        a.name(),
        a.ruleSet(),
        a.indexPattern(),
        a.createdAt());
  }
}
