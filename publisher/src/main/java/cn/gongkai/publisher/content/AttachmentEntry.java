package cn.gongkai.publisher.content;

/** An attachment's metadata; the bytes are found by their SHA-256. */
public record AttachmentEntry(
    long id, String fileName, String mediaType, long size, String sha256) {}
