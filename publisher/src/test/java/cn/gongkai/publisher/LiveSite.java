package cn.gongkai.publisher;

import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.deploy.DeployTarget;
import cn.gongkai.publisher.deploy.MultiTargetDeployer;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.render.AttachmentStore;
import cn.gongkai.publisher.site.ChangeSet;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import cn.gongkai.themes.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A test site built in full into a release store, ready for incremental publications. */
final class LiveSite {
  final ReleaseStore store;
  final Publisher publisher;
  final Release first;
  MemorySiteContent content;

  private LiveSite(
      Path dir, AttachmentStore files, MemorySiteContent content, List<DeployTarget> targets)
      throws IOException {
    this.store = ReleaseStore.open(dir);
    this.publisher =
        new Publisher(
            TestSite.settings(),
            Theme.defaultTheme(),
            store,
            new MultiTargetDeployer(store, targets),
            files);
    Publication built = publisher.rebuild(content, "full build", 2);
    if (!built.succeeded()) {
      throw new IllegalStateException(built.failure() + " " + built.report().summary());
    }
    this.first = built.release().orElseThrow();
    this.content = content;
  }

  static LiveSite built(Path dir, AttachmentStore files, MemorySiteContent content)
      throws IOException {
    return new LiveSite(dir, files, content, List.of());
  }

  static LiveSite built(
      Path dir, AttachmentStore files, MemorySiteContent content, List<DeployTarget> targets)
      throws IOException {
    return new LiveSite(dir, files, content, targets);
  }

  /** Publishes the change of these items from the live content to {@code after}. */
  Publication publish(SiteContent after, long... itemIds) {
    Publication p =
        publisher.publish(
            ChangeSet.ofItems(Arrays.stream(itemIds).boxed().collect(Collectors.toSet())),
            content,
            after,
            "items " + Arrays.toString(itemIds));
    if (p.succeeded() && after instanceof MemorySiteContent memory) {
      content = memory;
    }
    return p;
  }

  Release live() throws IOException {
    return store.live().orElseThrow();
  }

  Path served(String sitePath) {
    return store.webRoot().resolve(sitePath);
  }

  String read(String sitePath) throws IOException {
    return Files.readString(served(sitePath), StandardCharsets.UTF_8);
  }

  /** A file as release {@code r} holds it. */
  Path inRelease(Release r, String sitePath) {
    return store.siteDirectory().resolve("releases").resolve(r.id().value()).resolve(sitePath);
  }
}
