package cn.gongkai.publisher.release;

/** One file of a release: its site path, SHA-256 and size. */
public record ManifestEntry(String path, String sha256, long size) {}
