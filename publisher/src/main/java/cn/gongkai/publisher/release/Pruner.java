package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mark and sweep over trees. Marks every segment a kept release reaches (a segment already marked
 * is not walked again, so shared subtrees cost nothing), then removes the other releases and
 * segments. A segment is first renamed out of {@code store/} and only then deleted, so a crash
 * mid-delete never leaves a half segment under a name a later build would trust.
 */
final class Pruner {

  private final ReleaseStore store;

  Pruner(ReleaseStore store) {
    this.store = store;
  }

  PruneResult prune(int keep, Optional<ReleaseId> live) throws IOException {
    List<Release> all = store.records().all();
    List<Release> kept = new ArrayList<>();
    List<ReleaseId> removed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Release release = all.get(i);
      if (i < keep || live.equals(Optional.of(release.id()))) {
        kept.add(release);
      } else {
        removed.add(release.id());
      }
    }
    Set<TreeHash> marked = mark(kept);
    for (ReleaseId id : removed) {
      store.records().remove(id);
    }
    return new PruneResult(removed, sweep(marked));
  }

  private Set<TreeHash> mark(List<Release> kept) throws IOException {
    Set<TreeHash> marked = new HashSet<>();
    Deque<TreeHash> pending = new ArrayDeque<>();
    kept.forEach(release -> pending.push(release.root()));
    while (!pending.isEmpty()) {
      TreeHash tree = pending.pop();
      if (marked.add(tree)) {
        for (TreeEntry entry : store.trees().read(tree).entries()) {
          if (entry.isDirectory() && !marked.contains(entry.tree())) {
            pending.push(entry.tree());
          }
        }
      }
    }
    return marked;
  }

  private int sweep(Set<TreeHash> marked) throws IOException {
    Path storeDirectory = store.storeDirectory();
    Path trash = Files.createDirectories(store.stagingDirectory().resolve("trash"));
    int removed = 0;
    List<Path> orphanListings = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(storeDirectory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (TreeHash.isTreeHash(name) && !marked.contains(new TreeHash(name))) {
          Path doomed = trash.resolve(name);
          Files.move(entry, doomed);
          FileSystemOps.deleteTree(doomed);
          orphanListings.add(storeDirectory.resolve(name + StoreLayout.TREE_SUFFIX));
          removed++;
        } else if (name.endsWith(StoreLayout.TREE_SUFFIX)) {
          String hash = name.substring(0, name.length() - StoreLayout.TREE_SUFFIX.length());
          if (TreeHash.isTreeHash(hash)
              && !marked.contains(new TreeHash(hash))
              && !Files.exists(storeDirectory.resolve(hash), LinkOption.NOFOLLOW_LINKS)) {
            orphanListings.add(entry);
          }
        }
      }
    }
    for (Path listing : orphanListings) {
      Files.deleteIfExists(listing);
    }
    return removed;
  }
}
