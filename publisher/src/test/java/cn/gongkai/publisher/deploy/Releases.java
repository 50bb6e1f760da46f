package cn.gongkai.publisher.deploy;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseBuilder;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Builds releases in a local store for the deploy tests. */
final class Releases {

  private Releases() {}

  /** Commits and activates locally; deploy tests then ship the release elsewhere. */
  static Release commit(ReleaseStore store, Map<String, String> pages) throws IOException {
    try (ReleaseBuilder builder = store.begin()) {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        builder.put(page.getKey(), page.getValue().getBytes(StandardCharsets.UTF_8));
      }
      Release release = builder.commit("deploy test");
      store.activate(release.id());
      return release;
    }
  }

  static String servedAt(Path targetDirectory, String path) throws IOException {
    return Files.readString(
        targetDirectory.resolve("current").resolve(path), StandardCharsets.UTF_8);
  }
}
