package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.api.application.ItemQueries;
import cn.gongkai.domain.model.item.ConfidentialityReview;
import cn.gongkai.domain.model.item.ItemEvent;
import cn.gongkai.domain.model.item.ItemRevision;
import java.time.OffsetDateTime;
import java.util.List;

/** An item's record: every transition (reviews with their 保密审查) and every signed revision. */
public record HistoryView(List<EventView> events, List<RevisionView> revisions) {

  /** One transition. {@code confidentiality} is present on review decisions that carried one. */
  public record EventView(
      String action,
      String actor,
      OffsetDateTime at,
      int revision,
      String fromState,
      String toState,
      Integer level,
      String comment,
      ConfidentialityView confidentiality) {}

  /** 保密审查记录 as seed 003 第9条 lists it. */
  public record ConfidentialityView(
      String conclusion,
      String conclusionLabel,
      String ground,
      String opinion,
      String reviewedTitle,
      String reviewedReference) {}

  /** A signed revision. */
  public record RevisionView(
      int revision, String title, long catalogueId, String signedBy, OffsetDateTime signedAt) {}

  public static HistoryView of(ItemQueries.History h) {
    return new HistoryView(
        h.events().stream().map(HistoryView::event).toList(),
        h.revisions().stream().map(HistoryView::revision).toList());
  }

  private static EventView event(ItemEvent e) {
    ConfidentialityReview c = e.confidentiality();
    ConfidentialityView cv =
        c == null || c.conclusion() == null
            ? null
            : new ConfidentialityView(
                c.conclusion().name(),
                c.conclusion().label(),
                c.ground() == null ? null : c.ground().name(),
                c.opinion(),
                c.reviewedTitle(),
                c.reviewedReference());
    return new EventView(
        e.action().name(),
        e.actor(),
        e.at(),
        e.revisionNo(),
        e.fromState() == null ? null : e.fromState().name(),
        e.toState().name(),
        e.level(),
        e.comment(),
        cv);
  }

  private static RevisionView revision(ItemRevision r) {
    return new RevisionView(
        r.revisionNo(), r.content().title(), r.catalogueId(), r.signedBy(), r.signedAt());
  }
}
