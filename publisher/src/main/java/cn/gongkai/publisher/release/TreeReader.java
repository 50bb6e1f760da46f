package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads tree listings from {@code store/}, keeping the most recently used ones: a build looks up
 * the same few directories many times, and the cache bound keeps memory flat however large the site
 * is.
 */
final class TreeReader {

  private static final int CACHED_LISTINGS = 512;

  private final Path store;
  private final Map<TreeHash, TreeListing> cache =
      new LinkedHashMap<>(CACHED_LISTINGS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TreeHash, TreeListing> eldest) {
          return size() > CACHED_LISTINGS;
        }
      };

  TreeReader(Path store) {
    this.store = store;
  }

  TreeListing read(TreeHash hash) throws IOException {
    synchronized (cache) {
      TreeListing cached = cache.get(hash);
      if (cached != null) {
        return cached;
      }
    }
    TreeListing listing =
        TreeListing.parse(Files.readAllBytes(store.resolve(hash + StoreLayout.TREE_SUFFIX)));
    if (!listing.hash().equals(hash)) {
      throw new IOException(
          "Tree listing " + hash + " is corrupt: its content hashes differently.");
    }
    synchronized (cache) {
      cache.put(hash, listing);
    }
    return listing;
  }

  /**
   * The segment of a directory ({@code ""} is the root) in the tree under {@code root}: O(depth).
   */
  Optional<TreeHash> directory(TreeHash root, String directory) throws IOException {
    TreeHash current = root;
    if (directory.isEmpty()) {
      return Optional.of(current);
    }
    for (String name : directory.split("/")) {
      Optional<TreeEntry> entry = read(current).find(name);
      if (entry.isEmpty() || !entry.get().isDirectory()) {
        return Optional.empty();
      }
      current = entry.get().tree();
    }
    return Optional.of(current);
  }

  /** The entry at a path in the tree under {@code root}, file or directory. */
  Optional<TreeEntry> entry(TreeHash root, SitePath path) throws IOException {
    Optional<TreeHash> directory = directory(root, path.directory());
    return directory.isEmpty() ? Optional.empty() : read(directory.get()).find(path.name());
  }
}
