package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.util.Optional;

/**
 * A government web server reached over SFTP. It holds the store layout under the configured
 * directory; its web server serves {@code <remoteDirectory>/current} with symbolic links allowed.
 * Each call opens its own connection, so a dropped connection never outlives one step.
 */
public final class SftpTarget implements DeployTarget {

  private final String name;
  private final SftpSettings settings;

  public SftpTarget(String name, SftpSettings settings) {
    this.name = name;
    this.settings = settings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public UploadResult upload(Release release, ReleaseStore source) throws IOException {
    try (SftpConnection connection = SftpConnection.open(settings)) {
      return new SegmentUploader(source, connection.files()).upload(release);
    }
  }

  @Override
  public void activate(ReleaseId release) throws IOException {
    try (SftpConnection connection = SftpConnection.open(settings)) {
      new TargetReleases(connection.files()).activate(release);
    }
  }

  @Override
  public Optional<ReleaseId> live() throws IOException {
    try (SftpConnection connection = SftpConnection.open(settings)) {
      return new TargetReleases(connection.files()).live();
    }
  }

  @Override
  public String toString() {
    return "SftpTarget[" + name + ", " + settings + "]";
  }
}
