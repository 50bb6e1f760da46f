package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.render.AttachmentStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Attachment bytes in a directory laid out as the CMS keeps them ({@code <data>/attachments}):
 * {@code ab/abcdef…}, each file named by its SHA-256 under a folder of its first two hex digits.
 */
public final class DirectoryAttachmentStore implements AttachmentStore {
  private final Path root;

  public DirectoryAttachmentStore(Path root) {
    this.root = root;
  }

  @Override
  public Optional<InputStream> open(String sha256) throws IOException {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty(); // Never a path built from anything but a hash.
    }
    Path file = root.resolve(sha256.substring(0, 2)).resolve(sha256);
    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
  }
}
