package cn.gongkai.publisher.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a build did to one directory, in order, and the staging folder that becomes the directory's
 * new segment. Changes are appended as compact records (name, SHA-256, size: ~60 bytes a file), so
 * a full build of 450,000 files holds tens of megabytes, not a map of objects per file.
 *
 * <p>Each change and its effect on the staging folder happen under this object's lock, so the last
 * recorded change for a name always describes the file that is there.
 */
final class DirectoryIndex {

  /** How a name changed. */
  enum Change {
    /** New content, written into the staging folder. */
    STAGED,
    /** Put again with the content it has in the base release: linked, not rewritten. */
    SAME_AS_BASE,
    /** Removed from the base release. */
    DELETED
  }

  /** A name's final change. */
  record Entry(String name, Change change, String sha256, long size) {}

  private static final byte[] NO_HASH = new byte[32];

  private final Path staging;
  private final Set<String> writing = new HashSet<>();
  private final ByteArrayOutputStream records = new ByteArrayOutputStream(256);
  private final DataOutputStream out = new DataOutputStream(records);

  DirectoryIndex(Path staging) throws IOException {
    this.staging = Files.createDirectory(staging);
  }

  Path staging() {
    return staging;
  }

  /**
   * Reserves a name for one writer and returns where its file goes. Two puts of one path at the
   * same moment are a caller's bug; refusing the second keeps the index and the file in step.
   */
  synchronized Path claim(String name) {
    if (!writing.add(name)) {
      throw new IllegalStateException("Two puts of " + name + " are running at once.");
    }
    return staging.resolve(name);
  }

  /** Gives a claimed name up after a failed write; the last recorded change still holds. */
  synchronized void release(String name) {
    writing.remove(name);
  }

  synchronized void staged(String name, String sha256, long size) throws IOException {
    writing.remove(name);
    append(Change.STAGED, name, sha256, size);
  }

  synchronized void sameAsBase(String name, String sha256, long size) throws IOException {
    writing.remove(name);
    Files.deleteIfExists(staging.resolve(name));
    append(Change.SAME_AS_BASE, name, sha256, size);
  }

  synchronized void deleted(String name) throws IOException {
    if (writing.contains(name)) {
      throw new IllegalStateException(name + " is being put and deleted at once.");
    }
    Files.deleteIfExists(staging.resolve(name));
    append(Change.DELETED, name, null, 0);
  }

  /** The last change of every name, by name. */
  synchronized Map<String, Entry> changes() {
    Map<String, Entry> last = new TreeMap<>();
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(records.toByteArray()))) {
      while (in.available() > 0) {
        Change change = Change.values()[in.readByte()];
        String name = in.readUTF();
        byte[] hash = in.readNBytes(32);
        long size = in.readLong();
        String sha256 = change == Change.DELETED ? null : HexFormat.of().formatHex(hash);
        last.put(name, new Entry(name, change, sha256, size));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading an in-memory index cannot fail", e);
    }
    return last;
  }

  private void append(Change change, String name, String sha256, long size) throws IOException {
    out.writeByte(change.ordinal());
    out.writeUTF(name);
    out.write(sha256 == null ? NO_HASH : HexFormat.of().parseHex(sha256));
    out.writeLong(size);
  }
}
