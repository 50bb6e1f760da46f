package cn.gongkai.publisher;

import cn.gongkai.publisher.gate.GateReport;
import cn.gongkai.publisher.release.Release;
import java.time.Duration;
import java.util.Optional;

/**
 * What a publication did: the release it made (absent when a gate blocked it), whether that release
 * is live on every target, how many pages and files it wrote, and what the gates found.
 */
public record Publication(
    Optional<Release> release,
    boolean live,
    int htmlPages,
    int otherFiles,
    GateReport report,
    Duration duration,
    String failure) {

  public boolean succeeded() {
    return live && failure == null;
  }
}
