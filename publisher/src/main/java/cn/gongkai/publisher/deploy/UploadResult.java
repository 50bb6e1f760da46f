package cn.gongkai.publisher.deploy;

/**
 * What one upload sent: segments created on the target, segments it already had (skipped with
 * everything below them), files sent and their bytes, and files hard-linked on the target from the
 * segment it served before.
 */
public record UploadResult(
    int segmentsSent, int segmentsSkipped, int filesSent, long bytesSent, int filesLinked) {}
