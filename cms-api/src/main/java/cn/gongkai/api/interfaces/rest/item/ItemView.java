package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.rules.DisclosureDeadline;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An item as the API shows it: the working copy, the review position, the system-assigned fields
 * (indexNumber, publishedAt, url) and the proactive-disclosure deadline computed from the rule set.
 */
public record ItemView(
    long id,
    long agencyId,
    Long departmentId,
    long catalogueId,
    String title,
    String summary,
    String body,
    String documentNumber,
    LocalDate writtenOn,
    String disclosure,
    String withholdGround,
    String keywords,
    String validity,
    String sourceName,
    String sourceUrl,
    String indexNumber,
    OffsetDateTime publishedAt,
    OffsetDateTime lastPublishedAt,
    String url,
    String state,
    int reviewLevel,
    int requiredLevels,
    long version,
    int revision,
    Integer liveRevision,
    boolean live,
    String drafter,
    LocalDate disclosureDeadline,
    Boolean overdue,
    String withdrawalReason,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static ItemView of(
      DisclosureItem i, Optional<DisclosureDeadline> deadline, LocalDate today) {
    ItemContent c = i.content();
    boolean pending = !(i.live() && i.liveRevision().orElse(-1) == i.revisionNo());
    return new ItemView(
        i.id(),
        i.agencyId(),
        i.departmentId(),
        i.catalogueId(),
        c.title(),
        c.summary(),
        c.body(),
        c.documentNumber(),
        c.writtenOn(),
        c.disclosure().name(),
        c.withholdGround() == null ? null : c.withholdGround().name(),
        c.keywords(),
        c.validity().name(),
        c.sourceName(),
        c.sourceUrl(),
        i.indexNumber(),
        i.publishedAt(),
        i.lastPublishedAt(),
        i.url(),
        i.state().name(),
        i.reviewLevel(),
        i.requiredLevels(),
        i.version(),
        i.revisionNo(),
        i.liveRevision().orElse(null),
        i.live(),
        i.drafter(),
        deadline.map(DisclosureDeadline::dueOn).orElse(null),
        deadline.map(d -> pending && d.overdue(today)).orElse(null),
        i.withdrawalReason(),
        i.createdAt(),
        i.updatedAt());
  }
}
