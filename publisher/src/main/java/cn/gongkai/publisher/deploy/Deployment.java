package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.ReleaseId;
import java.util.List;
import java.util.Optional;

/**
 * The result of deploying one release to every target: live everywhere, or live nowhere new with
 * the failing target named in {@link #failure()}.
 */
public record Deployment(ReleaseId release, boolean live, List<TargetOutcome> outcomes) {

  public Deployment {
    outcomes = List.copyOf(outcomes);
  }

  /** The first step that failed, naming the target and why. */
  public Optional<TargetOutcome> failure() {
    return outcomes.stream().filter(outcome -> !outcome.succeeded()).findFirst();
  }
}
