package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Turns a build's directory indexes into segments: prepares them all, syncs them (in parallel, when
 * power loss must be survived), then renames them into {@code store/} deepest first, so a segment
 * is only ever renamed into place after its listing and all its subdirectories: a segment present
 * under its final name is complete, down to the leaves. Directories nobody touched are not visited;
 * an untouched subdirectory is shared by its hash.
 */
final class TreeCommitter {

  record Result(TreeHash root, long fileCount, ReleaseCounts counts) {}

  private final ReleaseStore store;
  private final Durability durability;
  private final Optional<TreeHash> baseRoot;
  private final Predicate<String> deletedDirectory;
  private final Map<String, DirectoryIndex> directories;
  private final Map<String, Map<String, Optional<TreeEntry>>> childResults = new HashMap<>();
  private final Set<TreeHash> preparedHashes = new HashSet<>();
  private long written;
  private long reused;
  private long deleted;
  private int newSegments;

  TreeCommitter(
      ReleaseStore store,
      Durability durability,
      Optional<TreeHash> baseRoot,
      Predicate<String> deletedDirectory,
      Map<String, DirectoryIndex> directories) {
    this.store = store;
    this.durability = durability;
    this.baseRoot = baseRoot;
    this.deletedDirectory = deletedDirectory;
    this.directories = directories;
  }

  Result commit(Path buildDirectory, AtomicLong sequence) throws IOException {
    TreeListing root = null;
    List<SegmentWriter.Prepared> prepared = new ArrayList<>();
    for (String directory : touchedDirectoriesDeepestFirst()) {
      TreeListing listing = commitDirectory(directory, buildDirectory, sequence, prepared);
      if (directory.isEmpty()) {
        root = listing;
      } else {
        int slash = directory.lastIndexOf('/');
        String parent = slash < 0 ? "" : directory.substring(0, slash);
        Optional<TreeEntry> entry =
            listing.isEmpty()
                ? Optional.empty()
                : Optional.of(
                    TreeEntry.directory(
                        directory.substring(slash + 1), listing.hash(), listing.fileCount()));
        childResults
            .computeIfAbsent(parent, key -> new HashMap<>())
            .put(directory.substring(slash + 1), entry);
      }
    }
    if (durability == Durability.POWER_LOSS) {
      FileSystemOps.syncAll(prepared.stream().flatMap(p -> p.toSync().stream()).toList());
    }
    SegmentWriter writer = new SegmentWriter(store.storeDirectory(), false);
    for (SegmentWriter.Prepared segment : prepared) {
      writer.publish(segment); // deepest first: a segment's subdirectories are in place before it
    }
    FileSystemOps.sync(store.storeDirectory());
    return new Result(
        root.hash(), root.fileCount(), new ReleaseCounts(written, reused, deleted, newSegments));
  }

  private List<String> touchedDirectoriesDeepestFirst() {
    TreeSet<String> touched = new TreeSet<>();
    touched.add("");
    for (String directory : directories.keySet()) {
      for (int slash = directory.indexOf('/');
          slash >= 0;
          slash = directory.indexOf('/', slash + 1)) {
        touched.add(directory.substring(0, slash));
      }
      touched.add(directory);
    }
    return touched.stream()
        .sorted(Comparator.comparingLong(TreeCommitter::depth).reversed().thenComparing(d -> d))
        .toList();
  }

  private static long depth(String directory) {
    return directory.isEmpty() ? 0 : directory.chars().filter(c -> c == '/').count() + 1;
  }

  private TreeListing commitDirectory(
      String directory,
      Path buildDirectory,
      AtomicLong sequence,
      List<SegmentWriter.Prepared> prepared)
      throws IOException {
    Optional<TreeHash> originalBase =
        baseRoot.isEmpty() ? Optional.empty() : store.trees().directory(baseRoot.get(), directory);
    Optional<TreeHash> base = deletedDirectory.test(directory) ? Optional.empty() : originalBase;
    Map<String, TreeEntry> merged = new TreeMap<>();
    if (base.isPresent()) {
      store.trees().read(base.get()).entries().forEach(entry -> merged.put(entry.name(), entry));
    }
    DirectoryIndex index = directories.get(directory);
    Map<String, DirectoryIndex.Entry> changes = index == null ? Map.of() : index.changes();
    applyChanges(directory, merged, changes);
    applyChildren(directory, merged);
    TreeListing listing = TreeListing.of(merged.values());

    boolean needed = directory.isEmpty() || !listing.isEmpty();
    boolean present =
        base.equals(Optional.of(listing.hash()))
            || preparedHashes.contains(listing.hash())
            || Files.isDirectory(
                store.storeDirectory().resolve(listing.hash().hex()), LinkOption.NOFOLLOW_LINKS);
    if (needed && !present) {
      Path staging =
          index != null
              ? index.staging()
              : Files.createDirectory(buildDirectory.resolve("d" + sequence.incrementAndGet()));
      prepared.add(
          new SegmentWriter(store.storeDirectory(), durability == Durability.POWER_LOSS)
              .prepare(listing, staging, changes, originalBase, buildDirectory));
      preparedHashes.add(listing.hash());
      newSegments++;
    }
    return listing;
  }

  private void applyChanges(
      String directory, Map<String, TreeEntry> merged, Map<String, DirectoryIndex.Entry> changes) {
    for (DirectoryIndex.Entry change : changes.values()) {
      TreeEntry existing = merged.get(change.name());
      if (change.change() == DirectoryIndex.Change.DELETED) {
        if (existing != null) {
          merged.remove(change.name());
          deleted += existing.fileCount();
        }
        continue;
      }
      if (existing != null && existing.isDirectory()) {
        throw conflict(directory, change.name());
      }
      merged.put(change.name(), TreeEntry.file(change.name(), change.sha256(), change.size()));
      if (change.change() == DirectoryIndex.Change.STAGED) {
        written++;
      } else {
        reused++;
      }
    }
  }

  private void applyChildren(String directory, Map<String, TreeEntry> merged) {
    Map<String, Optional<TreeEntry>> children = childResults.remove(directory);
    if (children == null) {
      return;
    }
    children.forEach(
        (name, child) -> {
          TreeEntry existing = merged.get(name);
          if (existing != null && !existing.isDirectory()) {
            throw conflict(directory, name);
          }
          if (child.isPresent()) {
            merged.put(name, child.get());
          } else {
            merged.remove(name);
          }
        });
  }

  private static IllegalStateException conflict(String directory, String name) {
    String path = directory.isEmpty() ? name : directory + "/" + name;
    return new IllegalStateException(
        "'" + path + "' would be both a file and a directory; delete one of them first.");
  }
}
