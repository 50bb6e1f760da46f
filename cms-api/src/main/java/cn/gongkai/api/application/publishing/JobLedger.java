package cn.gongkai.api.application.publishing;

import cn.gongkai.api.application.ItemChanged;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.item.ItemState;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.publishing.PublishJobState;
import cn.gongkai.publisher.site.SitePaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The job runner's short transactions: claiming a job, and recording what a publication did. Each
 * is its own transaction so a long render never holds a database lock.
 */
@ApplicationScoped
public class JobLedger {
  @Inject PublishJobRepository jobs;
  @Inject ItemRepository items;
  @Inject AgencyRepository agencies;
  @Inject Event<ItemChanged> changed;
  @Inject Clock clock;

  @Transactional
  public List<Long> due(int limit) {
    return jobs.due(now(), limit);
  }

  /**
   * Takes a pending job for this node. Two nodes claiming at once both read version n; the second
   * commit fails on the version check, so a job runs on one node only.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ClaimedJob> claim(long id, String node) {
    PublishJob job = jobs.find(id).orElse(null);
    if (job == null
        || job.state() != PublishJobState.PENDING
        || job.nextAttemptAt().isAfter(now())) {
      return Optional.empty();
    }
    job.start(node, now());
    return Optional.of(ClaimedJob.of(job));
  }

  /** Whether the item still waits for this revision (it may have been withdrawn meanwhile). */
  @Transactional
  public boolean awaits(long itemId, int revision) {
    return items
        .find(itemId)
        .filter(i -> i.state() == ItemState.APPROVED)
        .flatMap(DisclosureItem::approvedRevision)
        .filter(r -> r == revision)
        .isPresent();
  }

  /** The extracted text of an item's attachments, by file name, for the publication gate. */
  @Transactional
  public java.util.Map<String, String> attachmentTexts(long itemId) {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (var a : items.attachments(itemId)) {
      if (a.text() != null) {
        texts.put(a.fileName(), a.text());
      }
    }
    return texts;
  }

  @Transactional
  public boolean withdrawing(long itemId) {
    return items.find(itemId).map(DisclosureItem::withdrawalPending).orElse(false);
  }

  /** The release is live: the items are published (or withdrawn) and the jobs succeeded. */
  @Transactional
  public void succeeded(
      Collection<ClaimedJob> claimed,
      OffsetDateTime releaseTime,
      String releaseId,
      int pages,
      String findings) {
    for (ClaimedJob c : claimed) {
      PublishJob job = jobs.find(c.id()).orElseThrow();
      switch (c.kind()) {
        case ITEM -> publish(c, releaseTime);
        case WITHDRAWAL -> withdraw(c, releaseTime);
        default -> {}
      }
      job.succeed(releaseId, pages, findings, now());
    }
  }

  private void publish(ClaimedJob c, OffsetDateTime releaseTime) {
    DisclosureItem item = items.find(c.itemId()).orElseThrow();
    String slug = agencies.find(item.agencyId()).orElseThrow().slug();
    items.addEvent(item.markPublished(c.revision(), SitePaths.item(slug, item.id()), releaseTime));
    changed.fire(new ItemChanged(item.id()));
  }

  private void withdraw(ClaimedJob c, OffsetDateTime releaseTime) {
    DisclosureItem item = items.find(c.itemId()).orElseThrow();
    items.addEvent(item.markWithdrawn(releaseTime));
    changed.fire(new ItemChanged(item.id()));
  }

  /** Nothing to do any more: another publication or a withdrawal overtook the job. */
  @Transactional
  public void superseded(ClaimedJob c, String why) {
    jobs.find(c.id()).orElseThrow().supersede(why, now());
  }

  /** The content gates refused an item: the job fails and the item returns to its drafter. */
  @Transactional
  public void blocked(ClaimedJob c, String reason, String findings) {
    jobs.find(c.id()).orElseThrow().block(reason, findings, now());
    if (c.itemId() != null && c.revision() != null) {
      DisclosureItem item = items.find(c.itemId()).orElseThrow();
      items.addEvent(item.publicationBlocked(c.revision(), reason, now()));
      changed.fire(new ItemChanged(item.id()));
    }
  }

  /** The publication failed for a reason a retry may cure (a target down, a full disk). */
  @Transactional
  public void failed(Collection<ClaimedJob> claimed, String reason, String findings) {
    for (ClaimedJob c : claimed) {
      jobs.find(c.id()).orElseThrow().fail(reason, findings, now());
    }
  }

  /**
   * Jobs left RUNNING by this node when it stopped (or by any node, after {@code staleAfter}) go
   * back to the queue: a crash after the release went live republishes the same pages, which
   * changes nothing, and then records the publication.
   */
  @Transactional
  public int requeueAbandoned(String node, java.time.Duration staleAfter) {
    int n = 0;
    for (PublishJob job : jobs.running()) {
      boolean ours = node.equals(job.claimedBy());
      boolean stale = job.startedAt() != null && job.startedAt().plus(staleAfter).isBefore(now());
      if (ours || stale) {
        job.requeue(now());
        n++;
      }
    }
    return n;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** For callers that race on a claim: losing it is normal, not an error. */
  static boolean lostRace(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
