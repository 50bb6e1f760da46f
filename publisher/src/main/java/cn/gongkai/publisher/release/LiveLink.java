package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code current} symlink, the web root. It is never edited in place: a new link is made beside
 * it and renamed over it, and rename(2) is atomic, so a reader (or a crash) sees the old release or
 * the new one, never neither.
 */
final class LiveLink {

  private final Path siteDirectory;
  private final Path current;
  private final Path next;

  LiveLink(Path siteDirectory) {
    this.siteDirectory = siteDirectory;
    this.current = siteDirectory.resolve(StoreLayout.CURRENT);
    this.next = siteDirectory.resolve(StoreLayout.CURRENT + ".tmp");
  }

  Optional<ReleaseId> read() throws IOException {
    if (!Files.isSymbolicLink(current)) {
      return Optional.empty();
    }
    return StoreLayout.releaseNamedBy(Files.readSymbolicLink(current).toString());
  }

  void switchTo(ReleaseId id) throws IOException {
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, Path.of(StoreLayout.currentLinkTarget(id)));
    if (Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current)) {
      Files.delete(next);
      throw new IOException(
          current
              + " is a real directory, not a link; move it away once so releases can be switched.");
    }
    FileSystemOps.replace(next, current);
    FileSystemOps.sync(siteDirectory);
  }

  /** A leftover from a crash between making the new link and renaming it: harmless, but untidy. */
  void removeLeftover() throws IOException {
    Files.deleteIfExists(next);
  }
}
