package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.release.StoreLayout;
import cn.gongkai.publisher.release.TreeEntry;
import cn.gongkai.publisher.release.TreeHash;
import cn.gongkai.publisher.release.TreeListing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies the segments of a release that a target lacks. Segments are compared by tree hash: one the
 * target has is skipped with everything below it, which is sound because segments are sent children
 * first and renamed into {@code store/} last, so a segment present is complete. A file the target's
 * live release already has at the same path is hard-linked there, not sent again.
 *
 * <p>Assumes one uploader per target at a time (the publishing job runs on one node): it clears the
 * target's {@code staging/} of leftovers when it starts.
 */
final class SegmentUploader {

  private final ReleaseStore source;
  private final TargetFiles target;
  private int segmentsSent;
  private int segmentsSkipped;
  private int filesSent;
  private long bytesSent;
  private int filesLinked;

  SegmentUploader(ReleaseStore source, TargetFiles target) {
    this.source = source;
    this.target = target;
  }

  UploadResult upload(Release release) throws IOException {
    for (String directory : List.of(StoreLayout.STORE, StoreLayout.RELEASES, StoreLayout.STAGING)) {
      target.makeDirectories(directory);
    }
    for (String leftover : target.list(StoreLayout.STAGING)) {
      target.deleteTree(StoreLayout.STAGING + "/" + leftover);
    }
    TargetReleases releases = new TargetReleases(target);
    uploadTree(release.root(), releases.liveRoot());
    releases.publish(release);
    return new UploadResult(segmentsSent, segmentsSkipped, filesSent, bytesSent, filesLinked);
  }

  private void uploadTree(TreeHash tree, Optional<TreeHash> base) throws IOException {
    if (base.equals(Optional.of(tree)) || target.exists(StoreLayout.segment(tree))) {
      segmentsSkipped++;
      return;
    }
    TreeListing listing = source.tree(tree);
    Optional<TreeListing> baseListing = base.isEmpty() ? Optional.empty() : listing(base.get());
    for (TreeEntry entry : listing.entries()) {
      if (entry.isDirectory()) {
        uploadTree(entry.tree(), baseListing.flatMap(old -> subdirectory(old, entry.name())));
      }
    }
    String staging = StoreLayout.STAGING + "/" + tree + "-" + UUID.randomUUID();
    target.makeDirectory(staging);
    List<TargetFiles.HardLink> links = new ArrayList<>();
    for (TreeEntry entry : listing.entries()) {
      String path = staging + "/" + entry.name();
      if (entry.isDirectory()) {
        target.symlink(
            path,
            new LinkTarget(
                StoreLayout.childLinkTarget(entry.tree()), StoreLayout.segment(entry.tree())));
      } else if (sameFileInBase(baseListing, entry) && target.canHardLink()) {
        links.add(
            new TargetFiles.HardLink(StoreLayout.segment(base.get()) + "/" + entry.name(), path));
      } else {
        try (InputStream content = source.openFile(tree, entry.name())) {
          bytesSent += target.write(path, content);
        }
        filesSent++;
      }
    }
    target.hardLink(links);
    filesLinked += links.size();
    String listingTemp = staging + StoreLayout.TREE_SUFFIX;
    bytesSent += target.write(listingTemp, new ByteArrayInputStream(listing.encoded()));
    target.rename(listingTemp, StoreLayout.treeFile(tree));
    target.rename(staging, StoreLayout.segment(tree));
    segmentsSent++;
  }

  /** The listing from the local store if it still has it, else from the target. */
  private Optional<TreeListing> listing(TreeHash tree) throws IOException {
    try {
      return Optional.of(source.tree(tree));
    } catch (NoSuchFileException prunedLocally) {
      return target.exists(StoreLayout.treeFile(tree))
          ? Optional.of(TreeListing.parse(target.read(StoreLayout.treeFile(tree))))
          : Optional.empty();
    }
  }

  private static Optional<TreeHash> subdirectory(TreeListing listing, String name) {
    return listing.find(name).filter(TreeEntry::isDirectory).map(TreeEntry::tree);
  }

  private static boolean sameFileInBase(Optional<TreeListing> base, TreeEntry entry) {
    return base.flatMap(listing -> listing.find(entry.name()))
        .filter(old -> !old.isDirectory() && old.hash().equals(entry.hash()))
        .isPresent();
  }
}
