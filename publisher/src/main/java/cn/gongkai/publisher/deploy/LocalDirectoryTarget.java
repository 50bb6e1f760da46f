package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Another directory on this machine or a mounted share, e.g. a web server's document tree. It holds
 * the same layout as the local store (it can be opened as a {@link ReleaseStore}); its {@code
 * current} is the web root.
 */
public final class LocalDirectoryTarget implements DeployTarget {

  private final String name;
  private final Path directory;

  public LocalDirectoryTarget(String name, Path directory) {
    this.name = name;
    this.directory = directory.toAbsolutePath();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public UploadResult upload(Release release, ReleaseStore source) throws IOException {
    Files.createDirectories(directory);
    return new SegmentUploader(source, new LocalTargetFiles(directory)).upload(release);
  }

  @Override
  public void activate(ReleaseId release) throws IOException {
    new TargetReleases(new LocalTargetFiles(directory)).activate(release);
  }

  @Override
  public Optional<ReleaseId> live() throws IOException {
    return new TargetReleases(new LocalTargetFiles(directory)).live();
  }

  @Override
  public String toString() {
    return "LocalDirectoryTarget[" + name + " at " + directory + "]";
  }
}
