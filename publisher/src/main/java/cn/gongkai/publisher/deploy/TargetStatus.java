package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.ReleaseId;
import java.util.Optional;

/**
 * One target as {@code GET /api/publish/targets} shows it: what it serves now (or why that could
 * not be read) and the outcome of the last step the deployer ran on it.
 */
public record TargetStatus(
    String target,
    Optional<ReleaseId> live,
    Optional<String> unreachable,
    Optional<TargetOutcome> lastOutcome) {}
