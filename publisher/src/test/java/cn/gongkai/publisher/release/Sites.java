package cn.gongkai.publisher.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Small helpers for building and reading test sites. */
final class Sites {

  private Sites() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Builds and activates a release holding exactly these changes on top of the live one. */
  static Release publish(ReleaseStore store, Map<String, String> pages) throws IOException {
    try (ReleaseBuilder builder = store.begin()) {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        builder.put(page.getKey(), utf8(page.getValue()));
      }
      Release release = builder.commit("test");
      store.activate(release.id());
      return release;
    }
  }

  static String served(ReleaseStore store, String path) throws IOException {
    return Files.readString(store.webRoot().resolve(path), StandardCharsets.UTF_8);
  }

  static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  static Path inRelease(ReleaseStore store, Release release, String path) {
    return store.siteDirectory().resolve(StoreLayout.releaseLink(release.id())).resolve(path);
  }
}
