package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes one staging folder into a segment: files the build wrote are already there; every other
 * file is hard-linked from the directory's segment in the base release (same inode, nothing
 * copied); subdirectories become relative links to their segments. {@link #publish} then renames
 * the listing and the folder into {@code store/}, listing first, so a present segment always has
 * its listing.
 */
final class SegmentWriter {

  /** A segment ready to be renamed into place, and what must be synced before it is. */
  record Prepared(TreeHash hash, Path staging, Path listing, List<Path> toSync) {}

  private final Path storeDirectory;
  private final boolean durable;

  /**
   * @param durable whether to list what must be synced (only for {@link Durability#POWER_LOSS})
   */
  SegmentWriter(Path storeDirectory, boolean durable) {
    this.storeDirectory = storeDirectory;
    this.durable = durable;
  }

  Prepared prepare(
      TreeListing listing,
      Path staging,
      Map<String, DirectoryIndex.Entry> changes,
      Optional<TreeHash> base,
      Path buildDirectory)
      throws IOException {
    List<Path> toSync = new ArrayList<>();
    for (TreeEntry entry : listing.entries()) {
      Path target = staging.resolve(entry.name());
      DirectoryIndex.Entry change = changes.get(entry.name());
      if (entry.isDirectory()) {
        Files.createSymbolicLink(target, Path.of(StoreLayout.childLinkTarget(entry.tree())));
      } else if (change != null && change.change() == DirectoryIndex.Change.STAGED) {
        if (durable) {
          toSync.add(target);
        }
      } else {
        // Unchanged, or put again with the same bytes: share the base release's inode.
        Path source =
            storeDirectory
                .resolve(base.orElseThrow(() -> missingBase(entry)).hex())
                .resolve(entry.name());
        Files.createLink(target, source);
      }
    }
    Path listingFile = buildDirectory.resolve("tree-" + listing.hash().hex());
    try (var channel = FileSystemOps.createReadOnly(listingFile)) {
      channel.write(java.nio.ByteBuffer.wrap(listing.encoded()));
    }
    if (durable) {
      toSync.add(listingFile);
      toSync.add(staging);
    }
    return new Prepared(listing.hash(), staging, listingFile, toSync);
  }

  void publish(Prepared segment) throws IOException {
    FileSystemOps.replace(
        segment.listing(), storeDirectory.resolve(segment.hash().hex() + StoreLayout.TREE_SUFFIX));
    FileSystemOps.replace(segment.staging(), storeDirectory.resolve(segment.hash().hex()));
  }

  private static IllegalStateException missingBase(TreeEntry entry) {
    return new IllegalStateException(
        "No base segment to link unchanged file " + entry.name() + " from");
  }
}
