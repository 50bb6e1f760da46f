package cn.gongkai.publisher.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where attachment bytes are kept, by their SHA-256 (the CMS's content-addressed store). */
@FunctionalInterface
public interface AttachmentStore {
  /** The file's bytes, or empty if the store does not have it. */
  Optional<InputStream> open(String sha256) throws IOException;

  static AttachmentStore none() {
    return sha256 -> Optional.empty();
  }
}
