package cn.gongkai.publisher.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The releases of one site under a site directory (layout in {@link StoreLayout}); the web server's
 * root points at {@code <siteDir>/current} and must follow symbolic links (nginx: leave {@code
 * disable_symlinks} off, its default; Apache: {@code Options FollowSymLinks}).
 *
 * <p>Creating a release costs O(changed files × directory fan-out), not O(site): only directories
 * on a changed path get a new segment, everything else is shared by hash. Keep directories to a few
 * thousand entries (shard item pages, e.g. by year) since a changed directory's unchanged files are
 * hard-linked one by one into its new segment.
 *
 * <p>Locking: one {@link ReleaseBuilder} at a time per site directory, across threads and processes
 * ({@code build.lock}; {@link #begin} fails fast when it is taken). Switching ({@code switch.lock})
 * is short and waits, so a rollback works while a long build runs; pruning takes both.
 */
public final class ReleaseStore {

  private final Path siteDirectory;
  private final Path storeDirectory;
  private final Path stagingDirectory;
  private final TreeReader trees;
  private final ReleaseRecords records;
  private final LiveLink liveLink;
  private final StoreLock buildLock;
  private final StoreLock switchLock;

  private ReleaseStore(Path siteDirectory, Clock clock) throws IOException {
    this.siteDirectory = Files.createDirectories(siteDirectory).toAbsolutePath();
    this.storeDirectory = Files.createDirectories(this.siteDirectory.resolve(StoreLayout.STORE));
    this.stagingDirectory =
        Files.createDirectories(this.siteDirectory.resolve(StoreLayout.STAGING));
    Path releases = Files.createDirectories(this.siteDirectory.resolve(StoreLayout.RELEASES));
    this.trees = new TreeReader(storeDirectory);
    this.records = new ReleaseRecords(releases, stagingDirectory, clock);
    this.liveLink = new LiveLink(this.siteDirectory);
    Path real = this.siteDirectory.toRealPath(); // one lock per directory, however it is reached
    this.buildLock = new StoreLock(real.resolve("build.lock"));
    this.switchLock = new StoreLock(real.resolve("switch.lock"));
  }

  /** Opens (creating if needed) the store; cleans an interrupted build's leftovers if none runs. */
  public static ReleaseStore open(Path siteDirectory) throws IOException {
    return open(siteDirectory, Clock.systemUTC());
  }

  static ReleaseStore open(Path siteDirectory, Clock clock) throws IOException {
    ReleaseStore store = new ReleaseStore(siteDirectory, clock);
    try (StoreLock.Held build = store.buildLock.tryAcquire("busy")) {
      store.cleanLeftovers();
    } catch (IllegalStateException buildRunning) {
      // Another builder owns the leftovers; its next begin() will clean them.
    }
    return store;
  }

  public Path siteDirectory() {
    return siteDirectory;
  }

  /** {@code <siteDir>/current}: what the web server serves. */
  public Path webRoot() {
    return siteDirectory.resolve(StoreLayout.CURRENT);
  }

  /** Begins a build on the live release, fsyncing everything it writes. */
  public ReleaseBuilder begin() throws IOException {
    return begin(Durability.POWER_LOSS);
  }

  public ReleaseBuilder begin(Durability durability) throws IOException {
    StoreLock.Held lock =
        buildLock.tryAcquire("A release is already being built in " + siteDirectory + ".");
    try {
      cleanLeftovers();
      return new ReleaseBuilder(
          this, live(), durability, lock, stagingDirectory.resolve("build-" + System.nanoTime()));
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Makes a committed release live by one atomic rename of {@code current}. */
  public void activate(ReleaseId id) throws IOException {
    try (StoreLock.Held held = switchLock.acquire()) {
      require(id);
      liveLink.switchTo(id);
    }
  }

  /** Goes back to the release the live one was built on (its parent), in one atomic switch. */
  public Release rollback() throws IOException {
    try (StoreLock.Held held = switchLock.acquire()) {
      Release live = live().orElseThrow(() -> new IllegalStateException("No release is live."));
      ReleaseId parent =
          live.parent()
              .orElseThrow(() -> new IllegalStateException(live.id() + " has no earlier release."));
      Release previous = require(parent);
      liveLink.switchTo(parent);
      return previous;
    }
  }

  public Optional<Release> live() throws IOException {
    Optional<ReleaseId> id = liveLink.read();
    return id.isEmpty() ? Optional.empty() : records.read(id.get());
  }

  public Optional<Release> release(ReleaseId id) throws IOException {
    return records.read(id);
  }

  /** Every release, newest first. */
  public List<Release> history() throws IOException {
    return records.all();
  }

  /**
   * Keeps the {@code keep} newest releases and the live one and deletes every other release and
   * every segment none of them reaches.
   */
  public PruneResult prune(int keep) throws IOException {
    if (keep < 1) {
      throw new IllegalArgumentException("Keep at least one release, not " + keep + ".");
    }
    try (StoreLock.Held build =
            buildLock.tryAcquire("Cannot prune while a release is being built.");
        StoreLock.Held switching = switchLock.acquire()) {
      return new Pruner(this).prune(keep, liveLink.read());
    }
  }

  public Manifest manifest(ReleaseId id) throws IOException {
    return new Manifest(require(id), trees);
  }

  /** The SHA-256 of one file in a release, found in O(depth) listing reads. */
  public Optional<String> sha256(ReleaseId id, String path) throws IOException {
    return trees
        .entry(require(id).root(), SitePath.of(path))
        .filter(entry -> !entry.isDirectory())
        .map(TreeEntry::hash);
  }

  public TreeListing tree(TreeHash hash) throws IOException {
    return trees.read(hash);
  }

  /** Reads one file of a segment; deploy targets copy from here. */
  public InputStream openFile(TreeHash segment, String name) throws IOException {
    SitePath.checkName(name, name);
    return Files.newInputStream(storeDirectory.resolve(segment.hex()).resolve(name));
  }

  TreeReader trees() {
    return trees;
  }

  ReleaseRecords records() {
    return records;
  }

  Path storeDirectory() {
    return storeDirectory;
  }

  Path stagingDirectory() {
    return stagingDirectory;
  }

  private Release require(ReleaseId id) throws IOException {
    return records
        .read(id)
        .orElseThrow(
            () -> new IllegalArgumentException("No release " + id + " in " + siteDirectory + "."));
  }

  /** Called with the build lock held: nothing in staging belongs to a running build. */
  private void cleanLeftovers() throws IOException {
    FileSystemOps.deleteTree(stagingDirectory);
    Files.createDirectories(stagingDirectory);
    try (StoreLock.Held switching = switchLock.acquire()) {
      liveLink.removeLeftover();
      records.removeIncomplete(liveLink.read());
    }
  }
}
