package cn.gongkai.publisher.release;

import java.util.List;

/** What {@link ReleaseStore#prune} removed. */
public record PruneResult(List<ReleaseId> removedReleases, int removedSegments) {}
