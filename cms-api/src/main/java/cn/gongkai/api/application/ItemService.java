package cn.gongkai.api.application;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.StaleVersion;
import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import cn.gongkai.domain.model.item.ConfidentialityReview;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.item.ReviewOutcome;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The drafting and review use cases. Each method is one transaction: the item, its history event, a
 * signed revision, its index number and the publish job commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class ItemService {
  @Inject ItemRepository items;
  @Inject CatalogueRepository catalogues;
  @Inject PublishJobRepository jobs;
  @Inject IndexNumberAssigner indexNumbers;
  @Inject AgencyRules rules;
  @Inject ItemScope scope;
  @Inject SubmissionChecks submissionChecks;
  @Inject BodyCleaner bodyCleaner;
  @Inject Event<ItemChanged> changed;
  @Inject cn.gongkai.api.application.audit.AuditContext audit;
  @Inject Event<JobQueued> queued;
  @Inject Clock clock;

  public DisclosureItem create(long agencyId, ItemInput input, Actor actor) {
    Catalogue catalogue = catalogueFor(agencyId, input.catalogueId());
    DisclosureItem item =
        DisclosureItem.draft(agencyId, catalogue.id(), content(input), actor, now());
    items.add(item);
    items.addEvent(item.creationEvent());
    audit.target("item", item.id());
    audit.change(null, item.content().fingerprint());
    changed.fire(new ItemChanged(item.id()));
    return item;
  }

  public DisclosureItem update(long id, long expectedVersion, ItemInput input, Actor actor) {
    DisclosureItem item = scope.visible(id, actor);
    audit.target("item", id);
    requireVersion(item, expectedVersion);
    Catalogue catalogue = catalogueFor(item.agencyId(), input.catalogueId());
    String before = item.content().fingerprint();
    items.addEvent(item.edit(content(input), catalogue.id(), actor, now()));
    audit.change(before, item.content().fingerprint());
    items.flush();
    changed.fire(new ItemChanged(id));
    return item;
  }

  public DisclosureItem submit(long id, Long expectedVersion, Actor actor) {
    DisclosureItem item = scope.visible(id, actor);
    audit.target("item", id);
    audit.change(item.content().fingerprint(), item.content().fingerprint());
    if (expectedVersion != null) {
      requireVersion(item, expectedVersion);
    }
    submissionChecks.require(item);
    items.addEvent(item.submit(actor, rules.reviewLevels(item.agencyId()), now()));
    items.flush();
    changed.fire(new ItemChanged(id));
    return item;
  }

  public DisclosureItem review(long id, ReviewInput input, Actor actor) {
    DisclosureItem item = scope.visible(id, actor);
    audit.target("item", id);
    audit.change(item.content().fingerprint(), item.content().fingerprint());
    ItemContent c = item.content();
    ConfidentialityReview record =
        input.conclusion() == null
            ? null
            : new ConfidentialityReview(
                input.conclusion(),
                input.ground(),
                input.opinion(),
                c.title(),
                c.documentNumber() != null ? c.documentNumber() : c.summary());
    OffsetDateTime now = now();
    ReviewOutcome outcome = item.review(actor, input.decision(), input.comment(), record, now);
    items.addEvent(outcome.event());
    outcome
        .revision()
        .ifPresent(
            revision -> {
              items.addRevision(revision);
              if (item.indexNumber() == null) {
                item.assignIndexNumber(indexNumbers.next(item, now.toLocalDate()));
              }
              if (revision.content().disclosure() == Disclosure.PROACTIVE) {
                jobs.add(
                    PublishJob.forRevision(
                        item.agencyId(), item.id(), revision.revisionNo(), actor.username(), now));
                queued.fire(new JobQueued());
              }
            });
    items.flush();
    changed.fire(new ItemChanged(id));
    return item;
  }

  /**
   * Masks every personal number in the working copy, as an edit (so a published item gets a new
   * revision that goes through review again). Returns the item; {@code fieldsChanged} says whether
   * anything was found.
   */
  public DisclosureItem maskPersonalData(long id, long expectedVersion, Actor actor) {
    DisclosureItem item = scope.visible(id, actor);
    audit.target("item", id);
    requireVersion(item, expectedVersion);
    PersonalDataMasking.Result masked = new PersonalDataMasking().mask(item.content());
    if (masked.fieldsChanged() == 0) {
      return item;
    }
    String before = item.content().fingerprint();
    items.addEvent(item.edit(masked.content(), item.catalogueId(), actor, now()));
    audit.change(before, item.content().fingerprint());
    items.flush();
    changed.fire(new ItemChanged(id));
    return item;
  }

  public DisclosureItem withdraw(long id, String reason, Actor actor) {
    DisclosureItem item = scope.visible(id, actor);
    audit.target("item", id);
    OffsetDateTime now = now();
    items.addEvent(item.requestWithdrawal(actor, reason, now));
    jobs.add(PublishJob.forWithdrawal(item.agencyId(), item.id(), actor.username(), now));
    queued.fire(new JobQueued());
    items.flush();
    changed.fire(new ItemChanged(id));
    return item;
  }

  private ItemContent content(ItemInput in) {
    return ItemContent.builder()
        .title(in.title())
        .summary(in.summary())
        .body(bodyCleaner.clean(in.body()))
        .documentNumber(in.documentNumber())
        .writtenOn(in.writtenOn())
        .disclosure(in.disclosure())
        .withholdGround(in.withholdGround())
        .keywords(in.keywords())
        .validity(in.validity())
        .source(in.sourceName(), in.sourceUrl())
        .build(now().toLocalDate());
  }

  private Catalogue catalogueFor(long agencyId, long catalogueId) {
    Catalogue catalogue =
        catalogues
            .find(catalogueId)
            .filter(c -> c.agencyId() == agencyId)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "catalogueId",
                        "Catalogue " + catalogueId + " is not one of this agency's catalogues."));
    if (catalogue.kind() == CatalogueKind.GUIDE) {
      throw new InvalidInput(
          "catalogueId",
          "The guide column holds the disclosure guide only; put the item in another catalogue.");
    }
    return catalogue;
  }

  private static void requireVersion(DisclosureItem item, long expected) {
    if (item.version() != expected) {
      throw new StaleVersion(expected, item.version());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** Thrown where an id names nothing the caller may see. */
  static NotFoundException notFound(long id) {
    return new NotFoundException("Item", id);
  }
}
