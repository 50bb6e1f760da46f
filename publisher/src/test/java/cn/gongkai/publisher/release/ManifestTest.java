package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.publish;
import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  @TempDir Path site;

  @Test
  void listsEveryFileOfAReleaseWithItsSha256() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("index.html", "I", "items/a.html", "A"));
    Release second = publish(store, Map.of("items/b.html", "B"));

    List<ManifestEntry> entries = store.manifest(second.id()).stream().toList();

    assertEquals(
        List.of(
            new ManifestEntry("index.html", Sha256.hex(utf8("I")), 1),
            new ManifestEntry("items/a.html", Sha256.hex(utf8("A")), 1),
            new ManifestEntry("items/b.html", Sha256.hex(utf8("B")), 1)),
        entries);
    assertEquals(3, store.manifest(second.id()).fileCount());
  }

  @Test
  void looksUpTheSha256OfOnePath() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release release = publish(store, Map.of("zh-hant/items/a.html", "A"));

    assertEquals(
        Optional.of(Sha256.hex(utf8("A"))), store.sha256(release.id(), "zh-hant/items/a.html"));
    assertEquals(Optional.empty(), store.sha256(release.id(), "zh-hant/items"));
    assertEquals(Optional.empty(), store.sha256(release.id(), "zh-hant/items/missing.html"));
  }
}
