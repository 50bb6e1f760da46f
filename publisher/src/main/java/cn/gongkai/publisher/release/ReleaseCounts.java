package cn.gongkai.publisher.release;

/**
 * What a commit did: files written, files put again with unchanged content (shared, not rewritten),
 * files removed, and directory segments created.
 */
public record ReleaseCounts(long written, long reused, long deleted, int newSegments) {

  public static final ReleaseCounts NONE = new ReleaseCounts(0, 0, 0, 0);
}
