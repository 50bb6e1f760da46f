package cn.gongkai.api.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded bytes go: first a private staging file (hashed and counted on the way in), then,
 * once the file is accepted, the content-addressed store. A refused upload leaves nothing.
 */
public interface AttachmentFiles {
  /** An upload on disk but not yet accepted. */
  record Staged(Path path, String sha256, long size) {}

  /** Copies the stream to a staging file; over {@code maxBytes} it stops and keeps nothing. */
  Staged stage(InputStream in, long maxBytes) throws IOException;

  /** Moves an accepted file to its place under its hash (once, however often it is attached). */
  void accept(Staged staged) throws IOException;

  void discard(Staged staged);

  /** The stored bytes of an accepted file. */
  InputStream read(String sha256) throws IOException;
}
