package cn.gongkai.api.application.publishing;

import cn.gongkai.api.application.JobQueued;
import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.domain.model.publishing.PublishJobKind;
import cn.gongkai.publisher.Publication;
import cn.gongkai.publisher.Publisher;
import cn.gongkai.publisher.gate.ContentGate;
import cn.gongkai.publisher.gate.GateReport;
import cn.gongkai.publisher.site.ChangeSet;
import cn.gongkai.publisher.source.JdbcSiteContent;
import cn.gongkai.publisher.source.Overlay;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes the publish-job outbox. Every second (and right after a sign-off) it claims the due
 * jobs, publishes them together as one release, and records the outcome: items PUBLISHED once their
 * release is live, failures retried with backoff, content the gates refuse returned to its drafter.
 * One run at a time per node; claims are safe across nodes.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
  private static final int BATCH = 200;

  @Inject JobLedger ledger;
  @Inject Publisher publisher;
  @Inject Clock clock;

  @Resource(lookup = GongkaiConfig.DATASOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "gongkai.node", defaultValue = "node-1")
  String node;

  @Inject
  @ConfigProperty(name = "gongkai.publish.poll-millis", defaultValue = "1000")
  long pollMillis;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Picks up what a previous run of this node left, then polls. */
  public void start() {
    int requeued = ledger.requeueAbandoned(node, Duration.ofMinutes(15));
    if (requeued > 0) {
      LOG.info(() -> requeued + " publish job(s) left running at the last stop were queued again.");
    }
    scheduler.scheduleWithFixedDelay(this::runSafely, 0, pollMillis, TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(publisher::prune, 10, 10, TimeUnit.MINUTES);
  }

  /** Runs as soon as a transaction that queued a job commits, instead of waiting for the poll. */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobQueued event) {
    scheduler.execute(this::runSafely);
  }

  private void runSafely() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (runOnce()) {
        // Keep going while jobs were due: a burst of sign-offs drains without waiting.
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The publish job runner failed; it retries at the next poll.", e);
    } finally {
      running.set(false);
    }
  }

  /** One publication of everything due. Returns whether there was anything to do. */
  boolean runOnce() {
    List<ClaimedJob> claimed = claim();
    if (claimed.isEmpty()) {
      return false;
    }
    OffsetDateTime releaseTime = OffsetDateTime.now(clock);
    Map<Long, Integer> revisions = new HashMap<>();
    Set<Long> withdrawals = new HashSet<>();
    Set<Long> guides = new HashSet<>();
    Set<Long> trees = new HashSet<>();
    boolean full = false;
    List<ClaimedJob> publishing = new ArrayList<>();
    for (ClaimedJob job : claimed) {
      switch (job.kind()) {
        case ITEM -> {
          if (!ledger.awaits(job.itemId(), job.revision())) {
            ledger.superseded(job, "Revision " + job.revision() + " no longer awaits publication.");
            continue;
          }
          revisions.put(job.itemId(), job.revision());
        }
        case WITHDRAWAL -> {
          if (!ledger.withdrawing(job.itemId())) {
            ledger.superseded(job, "The item has no withdrawal pending.");
            continue;
          }
          withdrawals.add(job.itemId());
        }
        case GUIDE -> guides.add(job.agencyId());
        case CATALOGUE -> trees.add(job.agencyId());
        case FULL -> full = true;
      }
      publishing.add(job);
    }
    // The first publication of a site builds all of it: a partial site would link to pages
    // that do not exist yet.
    full = full || publisher.live().isEmpty();
    refuseBlockedContent(publishing, revisions, releaseTime);
    if (publishing.isEmpty()) {
      return true;
    }
    revisions.keySet().forEach(withdrawals::remove);
    Overlay overlay = new Overlay(revisions, withdrawals, releaseTime);
    Set<Long> changedItems = new HashSet<>(overlay.itemIds());
    ChangeSet changes = new ChangeSet(changedItems, guides, trees, full);
    Publication publication = publish(changes, overlay, note(publishing));
    record(publishing, publication, releaseTime);
    return true;
  }

  private List<ClaimedJob> claim() {
    List<ClaimedJob> claimed = new ArrayList<>();
    for (long id : ledger.due(BATCH)) {
      try {
        ledger.claim(id, node).ifPresent(claimed::add);
      } catch (RuntimeException e) {
        if (!JobLedger.lostRace(e)) {
          throw e;
        }
      }
    }
    return claimed;
  }

  /**
   * Items whose own content the gates refuse (secrecy marks, unmasked personal data) are taken out
   * before rendering and returned to their drafters, so they do not hold up the others.
   */
  private void refuseBlockedContent(
      List<ClaimedJob> publishing, Map<Long, Integer> revisions, OffsetDateTime releaseTime) {
    if (revisions.isEmpty()) {
      return;
    }
    try (JdbcSiteContent after =
        new JdbcSiteContent(dataSource, new Overlay(revisions, Set.of(), releaseTime))) {
      for (ClaimedJob job : List.copyOf(publishing)) {
        if (job.kind() != PublishJobKind.ITEM) {
          continue;
        }
        GateReport report = new GateReport();
        after
            .item(job.itemId())
            .ifPresent(item -> new ContentGate(report).inspect(item, "item " + item.id()));
        if (report.blocks()) {
          ledger.blocked(job, "Publication refused: " + report.summary(), report.toJson());
          revisions.remove(job.itemId());
          publishing.remove(job);
        }
      }
    }
  }

  private Publication publish(ChangeSet changes, Overlay overlay, String note) {
    try (JdbcSiteContent after = new JdbcSiteContent(dataSource, overlay)) {
      // "Before" is the same snapshot without the overlay: one moment, one connection, and a
      // catalogue's rows read once for both sides (100,000 items: ~0.1 s a side).
      JdbcSiteContent before = after.live();
      return changes.everything()
          ? publisher.rebuild(after, note, Runtime.getRuntime().availableProcessors())
          : publisher.publish(changes, before, after, note);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Publication failed: " + note, e);
      return new Publication(
          Optional.empty(), false, 0, 0, new GateReport(), Duration.ZERO, e.toString());
    }
  }

  private void record(List<ClaimedJob> jobs, Publication p, OffsetDateTime releaseTime) {
    String findings = p.report().toJson();
    if (p.succeeded()) {
      String release = p.release().orElseThrow().id().value();
      ledger.succeeded(jobs, releaseTime, release, p.htmlPages(), findings);
      LOG.info(
          () ->
              "Published "
                  + jobs.size()
                  + " job(s) as release "
                  + release
                  + ": "
                  + p.htmlPages()
                  + " pages in "
                  + p.duration().toMillis()
                  + " ms.");
    } else {
      ledger.failed(jobs, p.failure(), findings);
      LOG.warning(() -> "Publication failed (will retry): " + p.failure());
    }
  }

  private static String note(List<ClaimedJob> jobs) {
    return "jobs " + jobs.stream().map(j -> j.id() + ":" + j.kind()).toList();
  }
}
