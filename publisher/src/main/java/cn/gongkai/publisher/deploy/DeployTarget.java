package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.util.Optional;

/**
 * A place the static site is served from, holding the store layout of {@link
 * cn.gongkai.publisher.release.StoreLayout}. Deploying is two steps so several targets can switch
 * together: {@link #upload} stages everything a release needs while nothing live changes, {@link
 * #activate} is one atomic rename.
 */
public interface DeployTarget {

  /** A short name for reports and logs, e.g. {@code "www1"}. */
  String name();

  /** Sends the segments and record the target lacks; the target's live release is untouched. */
  UploadResult upload(Release release, ReleaseStore source) throws IOException;

  /** Switches the target's {@code current} to an uploaded release in one atomic rename. */
  void activate(ReleaseId release) throws IOException;

  /** The release the target serves now, if any. */
  Optional<ReleaseId> live() throws IOException;
}
