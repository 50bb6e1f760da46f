package cn.gongkai.publisher.deploy;

import java.time.Instant;
import java.util.Optional;

/** What happened to one target in one step of a deployment, for reports and the targets API. */
public record TargetOutcome(
    String target,
    Step step,
    boolean succeeded,
    String detail,
    Optional<UploadResult> upload,
    Instant at) {

  /** The steps a target goes through. */
  public enum Step {
    UPLOAD,
    SWITCH,
    /** Putting a target back on its previous release after another target failed to switch. */
    SWITCH_BACK
  }

  static TargetOutcome failed(String target, Step step, Exception cause) {
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new TargetOutcome(target, step, false, why, Optional.empty(), Instant.now());
  }

  static TargetOutcome done(String target, Step step, String detail) {
    return new TargetOutcome(target, step, true, detail, Optional.empty(), Instant.now());
  }
}
