package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseRecordCodec;
import cn.gongkai.publisher.release.StoreLayout;
import cn.gongkai.publisher.release.TreeHash;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The release pointers on a target, kept exactly as the local store keeps them: {@code
 * releases/<id>} then its record, and {@code current} replaced by renaming a new link over it.
 */
final class TargetReleases {

  private final TargetFiles files;

  TargetReleases(TargetFiles files) {
    this.files = files;
  }

  Optional<ReleaseId> live() throws IOException {
    return files.readLink(StoreLayout.CURRENT).flatMap(StoreLayout::releaseNamedBy);
  }

  /** The root segment the target serves now: everything under it is known to be there. */
  Optional<TreeHash> liveRoot() throws IOException {
    Optional<ReleaseId> live = live();
    return live.isEmpty()
        ? Optional.empty()
        : files.readLink(StoreLayout.releaseLink(live.get())).flatMap(StoreLayout::segmentNamedBy);
  }

  /** Writes the release link, then its record; both only if the record is not there yet. */
  void publish(Release release) throws IOException {
    String record = StoreLayout.releaseRecord(release.id());
    if (files.exists(record)) {
      return;
    }
    String link = StoreLayout.releaseLink(release.id());
    if (files.exists(link)) {
      files.deleteTree(link); // left by an upload that died before its record
    }
    files.symlink(
        link,
        new LinkTarget(
            StoreLayout.releaseLinkTarget(release.root()), StoreLayout.segment(release.root())));
    String temp = StoreLayout.STAGING + "/" + release.id() + "-" + UUID.randomUUID() + ".release";
    files.write(temp, new ByteArrayInputStream(ReleaseRecordCodec.encode(release)));
    files.rename(temp, record);
  }

  void activate(ReleaseId id) throws IOException {
    if (!files.exists(StoreLayout.releaseRecord(id))) {
      throw new IOException("Release " + id + " was not uploaded to this target.");
    }
    String next = StoreLayout.STAGING + "/current-" + UUID.randomUUID();
    files.symlink(
        next, new LinkTarget(StoreLayout.currentLinkTarget(id), StoreLayout.currentLinkTarget(id)));
    files.rename(next, StoreLayout.CURRENT);
  }
}
