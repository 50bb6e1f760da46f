package cn.gongkai.publisher.release;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/** Reads and writes {@code releases/<id>.release}: UTF-8 properties a person can read. */
public final class ReleaseRecordCodec {

  private ReleaseRecordCodec() {}

  public static byte[] encode(Release release) {
    Properties properties = new Properties();
    properties.setProperty("id", release.id().value());
    properties.setProperty("root", release.root().hex());
    release.parent().ifPresent(parent -> properties.setProperty("parent", parent.value()));
    properties.setProperty("createdAt", release.createdAt().toString());
    properties.setProperty("files", Long.toString(release.fileCount()));
    properties.setProperty("written", Long.toString(release.counts().written()));
    properties.setProperty("reused", Long.toString(release.counts().reused()));
    properties.setProperty("deleted", Long.toString(release.counts().deleted()));
    properties.setProperty("newSegments", Integer.toString(release.counts().newSegments()));
    properties.setProperty("note", release.note());
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "Gongkai release");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static Release decode(byte[] content) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Release(
        ReleaseId.of(required(properties, "id")),
        new TreeHash(required(properties, "root")),
        Optional.ofNullable(properties.getProperty("parent")).map(ReleaseId::of),
        Instant.parse(required(properties, "createdAt")),
        Long.parseLong(required(properties, "files")),
        new ReleaseCounts(
            Long.parseLong(properties.getProperty("written", "0")),
            Long.parseLong(properties.getProperty("reused", "0")),
            Long.parseLong(properties.getProperty("deleted", "0")),
            Integer.parseInt(properties.getProperty("newSegments", "0"))),
        properties.getProperty("note", ""));
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("A release record lacks '" + key + "'.");
    }
    return value;
  }
}
