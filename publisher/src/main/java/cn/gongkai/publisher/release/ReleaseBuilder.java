package cn.gongkai.publisher.release;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Builds the next release on top of the live one (or on nothing). Only what is put or deleted is
 * touched: each new file is written once, hashed as it is written, straight into the staging folder
 * that becomes its directory's segment; a file put with the content it already has is not written
 * at all.
 *
 * <p>One builder per store at a time (the store's build lock, held until {@link #commit} or {@link
 * #close}); {@code put} and {@code delete} may be called from several threads at once.
 *
 * <p>{@code delete} removes what the base release has at a path, a file or a whole directory; files
 * put in this build are kept even below a deleted directory.
 */
public final class ReleaseBuilder implements AutoCloseable {

  private final ReleaseStore store;
  private final Optional<Release> base;
  private final Durability durability;
  private final StoreLock.Held lock;
  private final Path buildDirectory;
  private final Path temp;
  private final Map<String, DirectoryIndex> directories = new ConcurrentHashMap<>();
  private final Set<String> deletedDirectories = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();
  private volatile boolean finished;

  ReleaseBuilder(
      ReleaseStore store,
      Optional<Release> base,
      Durability durability,
      StoreLock.Held lock,
      Path buildDirectory)
      throws IOException {
    this.store = store;
    this.base = base;
    this.durability = durability;
    this.lock = lock;
    this.buildDirectory = Files.createDirectories(buildDirectory);
    this.temp = Files.createDirectory(buildDirectory.resolve("tmp"));
  }

  /** The release this one is built on: the live release when the build began. */
  public Optional<Release> base() {
    return base;
  }

  /** True when the base release already has exactly this content at this path. */
  public boolean unchanged(String path, byte[] content) throws IOException {
    return sameFile(baseEntry(SitePath.of(path)), content.length, () -> Sha256.hex(content));
  }

  public void put(String path, byte[] content) throws IOException {
    checkOpen();
    SitePath sitePath = SitePath.of(path);
    Optional<TreeEntry> existing = baseEntry(sitePath);
    if (sameFile(existing, content.length, () -> Sha256.hex(content))) {
      DirectoryIndex index = directory(sitePath.directory());
      index.claim(sitePath.name());
      index.sameAsBase(sitePath.name(), existing.get().hash(), content.length);
      return;
    }
    put(sitePath, existing, out -> out.write(content));
  }

  public void put(String path, InputStream content) throws IOException {
    SitePath sitePath = SitePath.of(path);
    put(sitePath, baseEntry(sitePath), content::transferTo);
  }

  /** Streams a page into the release: the writer's bytes go to disk once, hashed on the way. */
  public void put(String path, ContentWriter writer) throws IOException {
    SitePath sitePath = SitePath.of(path);
    put(sitePath, baseEntry(sitePath), writer);
  }

  public void delete(String path) throws IOException {
    checkOpen();
    SitePath sitePath = SitePath.of(path);
    Optional<TreeEntry> existing = baseEntry(sitePath);
    if (existing.isPresent() && existing.get().isDirectory()) {
      deletedDirectories.add(sitePath.value());
    }
    directory(sitePath.directory()).deleted(sitePath.name());
  }

  /**
   * Writes the changed directories' segments bottom-up and records the release. It does not go
   * live: call {@link ReleaseStore#activate}. If this throws, the live release is untouched and the
   * next {@code begin()} clears what was left.
   */
  public Release commit(String note) throws IOException {
    checkOpen();
    try {
      TreeCommitter.Result tree =
          new TreeCommitter(
                  store, durability, base.map(Release::root), this::isDeleted, directories)
              .commit(buildDirectory, sequence);
      ReleaseRecords records = store.records();
      Instant createdAt = records.nextCreationTime();
      Release release =
          new Release(
              ReleaseId.at(createdAt),
              tree.root(),
              base.map(Release::id),
              createdAt,
              tree.fileCount(),
              tree.counts(),
              note);
      records.write(release, durability == Durability.POWER_LOSS);
      return release;
    } finally {
      close();
    }
  }

  /** Abandons the build if it was not committed: the staging folder goes, the lock is released. */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      FileSystemOps.deleteTree(buildDirectory);
    } finally {
      lock.close();
    }
  }

  /**
   * Writes straight to the file's place in its directory's staging folder; only a second put of the
   * same path in one build goes through a temporary file, renamed over the first.
   */
  private void put(SitePath path, Optional<TreeEntry> existing, ContentWriter writer)
      throws IOException {
    checkOpen();
    DirectoryIndex index = directory(path.directory());
    Path target = index.claim(path.name());
    // The name is claimed, so nobody else creates or replaces this file meanwhile.
    boolean putBefore = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    Path written = putBefore ? temp.resolve(Long.toString(sequence.incrementAndGet())) : target;
    boolean complete = false;
    try {
      MessageDigest digest = Sha256.newDigest();
      long size;
      try (FileChannel channel = FileSystemOps.createReadOnly(written)) {
        CountingOutputStream counter =
            new CountingOutputStream(
                new DigestOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 16 * 1024),
                    digest));
        writer.writeTo(counter);
        counter.flush();
        size = counter.count();
      }
      String sha256 = HexFormat.of().formatHex(digest.digest());
      if (sameFile(existing, size, () -> sha256)) {
        Files.deleteIfExists(written);
        index.sameAsBase(path.name(), sha256, size);
      } else {
        if (written != target) {
          Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        }
        index.staged(path.name(), sha256, size);
      }
      complete = true;
    } finally {
      if (!complete) {
        Files.deleteIfExists(written);
        index.release(path.name());
      }
    }
  }

  /**
   * Whether the base release's entry is a file of this size and hash. The hash is asked for only
   * when the sizes agree: a new page has no entry and a changed one usually another size, so a page
   * given as bytes is hashed once, as it is written, not also before.
   */
  private static boolean sameFile(Optional<TreeEntry> entry, long size, Supplier<String> sha256) {
    return entry.isPresent()
        && !entry.get().isDirectory()
        && entry.get().size() == size
        && entry.get().hash().equals(sha256.get());
  }

  private Optional<TreeEntry> baseEntry(SitePath path) throws IOException {
    if (base.isEmpty() || isDeleted(path.directory())) {
      return Optional.empty();
    }
    return store.trees().entry(base.get().root(), path);
  }

  /** True when the directory, or one above it, was deleted in this build. */
  private boolean isDeleted(String directory) {
    if (deletedDirectories.isEmpty() || directory.isEmpty()) {
      return false;
    }
    int slash = -1;
    do {
      slash = directory.indexOf('/', slash + 1);
      String prefix = slash < 0 ? directory : directory.substring(0, slash);
      if (deletedDirectories.contains(prefix)) {
        return true;
      }
    } while (slash >= 0);
    return false;
  }

  private DirectoryIndex directory(String directory) throws IOException {
    DirectoryIndex index = directories.get(directory);
    if (index != null) {
      return index;
    }
    synchronized (directories) {
      index = directories.get(directory);
      if (index == null) {
        index = new DirectoryIndex(buildDirectory.resolve("d" + sequence.incrementAndGet()));
        directories.put(directory, index);
      }
      return index;
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("This build was already committed or abandoned.");
    }
  }
}
