package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deploys a release to every target, all or none: every target receives it first (in parallel), and
 * only if every upload succeeded do they switch, one atomic rename each, the local store last.
 * Should a switch fail, the targets already switched are put back on the release they served.
 */
public final class MultiTargetDeployer {

  private static final int MAX_PARALLEL_UPLOADS = 4;

  private final ReleaseStore store;
  private final List<DeployTarget> targets;
  private final Map<String, TargetOutcome> lastOutcomes = new ConcurrentHashMap<>();

  public MultiTargetDeployer(ReleaseStore store, List<DeployTarget> targets) {
    this.store = store;
    this.targets = List.copyOf(targets);
    if (new HashSet<>(targets.stream().map(DeployTarget::name).toList()).size() != targets.size()) {
      throw new IllegalArgumentException("Deploy target names must be unique.");
    }
  }

  /** Uploads everywhere, then switches everywhere and the local {@code current}, or nowhere. */
  public synchronized Deployment deploy(ReleaseId id) throws IOException {
    Release release =
        store.release(id).orElseThrow(() -> new IllegalArgumentException("No release " + id + "."));
    List<TargetOutcome> outcomes = new ArrayList<>();
    Map<DeployTarget, Optional<ReleaseId>> previous = uploadAll(release, outcomes);
    if (previous.size() == targets.size()) {
      switchAll(id, previous, outcomes);
    }
    return new Deployment(id, outcomes.stream().allMatch(TargetOutcome::succeeded), outcomes);
  }

  /** Puts every target and the local store back on the release the live one was built on. */
  public synchronized Deployment rollback() throws IOException {
    Release live = store.live().orElseThrow(() -> new IllegalStateException("No release is live."));
    return deploy(
        live.parent()
            .orElseThrow(() -> new IllegalStateException(live.id() + " has no earlier release.")));
  }

  /** Each target's live release and last outcome. */
  public List<TargetStatus> status() {
    List<TargetStatus> statuses = new ArrayList<>();
    for (DeployTarget target : targets) {
      Optional<TargetOutcome> last = Optional.ofNullable(lastOutcomes.get(target.name()));
      try {
        statuses.add(new TargetStatus(target.name(), target.live(), Optional.empty(), last));
      } catch (IOException | RuntimeException e) {
        statuses.add(
            new TargetStatus(
                target.name(),
                Optional.empty(),
                Optional.of(String.valueOf(e.getMessage())),
                last));
      }
    }
    return statuses;
  }

  /** Returns each target's previously live release; targets that failed are missing from it. */
  private Map<DeployTarget, Optional<ReleaseId>> uploadAll(
      Release release, List<TargetOutcome> outcomes) {
    Map<DeployTarget, Future<UploadStep>> running = new LinkedHashMap<>();
    ExecutorService uploaders =
        Executors.newFixedThreadPool(Math.max(1, Math.min(targets.size(), MAX_PARALLEL_UPLOADS)));
    try {
      for (DeployTarget target : targets) {
        running.put(target, uploaders.submit(() -> UploadStep.run(target, release, store)));
      }
      Map<DeployTarget, Optional<ReleaseId>> previous = new LinkedHashMap<>();
      for (Map.Entry<DeployTarget, Future<UploadStep>> upload : running.entrySet()) {
        String name = upload.getKey().name();
        try {
          UploadStep step = upload.getValue().get();
          record(outcomes, step.outcome(name));
          previous.put(upload.getKey(), step.previous());
        } catch (ExecutionException e) {
          record(outcomes, TargetOutcome.failed(name, TargetOutcome.Step.UPLOAD, unwrap(e)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          record(outcomes, TargetOutcome.failed(name, TargetOutcome.Step.UPLOAD, e));
        }
      }
      return previous;
    } finally {
      uploaders.shutdownNow();
    }
  }

  private void switchAll(
      ReleaseId id, Map<DeployTarget, Optional<ReleaseId>> previous, List<TargetOutcome> outcomes) {
    List<DeployTarget> switched = new ArrayList<>();
    for (DeployTarget target : targets) {
      try {
        target.activate(id);
        switched.add(target);
        record(
            outcomes, TargetOutcome.done(target.name(), TargetOutcome.Step.SWITCH, "live: " + id));
      } catch (IOException | RuntimeException e) {
        record(outcomes, TargetOutcome.failed(target.name(), TargetOutcome.Step.SWITCH, e));
        switchBack(switched, previous, outcomes);
        return;
      }
    }
    try {
      store.activate(id);
    } catch (IOException | RuntimeException e) {
      record(outcomes, TargetOutcome.failed("local", TargetOutcome.Step.SWITCH, e));
      switchBack(switched, previous, outcomes);
    }
  }

  private void switchBack(
      List<DeployTarget> switched,
      Map<DeployTarget, Optional<ReleaseId>> previous,
      List<TargetOutcome> outcomes) {
    for (DeployTarget target : switched) {
      Optional<ReleaseId> before = previous.get(target);
      try {
        if (before.isEmpty()) {
          throw new IOException("it served nothing before; it keeps the new release");
        }
        target.activate(before.get());
        record(
            outcomes,
            TargetOutcome.done(
                target.name(), TargetOutcome.Step.SWITCH_BACK, "live: " + before.get()));
      } catch (IOException | RuntimeException e) {
        record(outcomes, TargetOutcome.failed(target.name(), TargetOutcome.Step.SWITCH_BACK, e));
      }
    }
  }

  private void record(List<TargetOutcome> outcomes, TargetOutcome outcome) {
    outcomes.add(outcome);
    lastOutcomes.put(outcome.target(), outcome);
  }

  private static Exception unwrap(ExecutionException e) {
    return e.getCause() instanceof Exception cause ? cause : e;
  }

  /** One target's upload and the release it served before. */
  private record UploadStep(UploadResult result, Optional<ReleaseId> previous) {
    static UploadStep run(DeployTarget target, Release release, ReleaseStore store)
        throws IOException {
      Optional<ReleaseId> before = target.live();
      return new UploadStep(target.upload(release, store), before);
    }

    TargetOutcome outcome(String target) {
      return new TargetOutcome(
          target,
          TargetOutcome.Step.UPLOAD,
          true,
          result.segmentsSent() + " segments, " + result.filesSent() + " files sent",
          Optional.of(result),
          java.time.Instant.now());
    }
  }
}
