package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.publisher.render.AttachmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Attachment bytes on disk under {@code <data>/attachments/ab/abcdef…}: named by their SHA-256, so
 * a file attached twice is stored once, and no uploader ever chooses a stored name.
 */
@ApplicationScoped
public class FileAttachmentStore implements AttachmentStore {
  @Inject GongkaiConfig config;

  @Override
  public Optional<InputStream> open(String sha256) throws IOException {
    Path file = pathOf(sha256);
    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
  }

  /** Where a hash's bytes live; the hash is checked to be 64 hex digits first. */
  public Path pathOf(String sha256) {
    if (sha256 == null || sha256.length() != 64) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    HexFormat.of().parseHex(sha256);
    return root().resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public Path root() {
    return config.dataDir().resolve("attachments");
  }
}
