package cn.gongkai.publisher.deploy;

import static cn.gongkai.publisher.deploy.Releases.commit;
import static cn.gongkai.publisher.deploy.Releases.servedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryTargetTest {

  @TempDir Path temp;

  @Test
  void servesAnUploadedReleaseOnlyOnceActivated() throws IOException {
    ReleaseStore store = ReleaseStore.open(temp.resolve("site"));
    LocalDirectoryTarget target = new LocalDirectoryTarget("www", temp.resolve("www"));
    Release v1 = commit(store, Map.of("index.html", "v1"));
    target.upload(v1, store);
    target.activate(v1.id());
    Release v2 = commit(store, Map.of("index.html", "v2"));

    target.upload(v2, store);

    assertEquals("v1", servedAt(temp.resolve("www"), "index.html"));
    target.activate(v2.id());
    assertEquals("v2", servedAt(temp.resolve("www"), "index.html"));
    assertEquals(Optional.of(v2.id()), target.live());
  }

  @Test
  void copiesOnlyTheSegmentsAndFilesTheTargetLacks() throws IOException {
    ReleaseStore store = ReleaseStore.open(temp.resolve("site"));
    LocalDirectoryTarget target = new LocalDirectoryTarget("www", temp.resolve("www"));
    Release v1 =
        commit(store, Map.of("items/a.html", "A", "items/b.html", "B", "elder/index.html", "E"));
    target.upload(v1, store);
    target.activate(v1.id());
    Release v2 = commit(store, Map.of("items/a.html", "A2"));

    UploadResult result = target.upload(v2, store);

    // New: the root and items/. Skipped: elder/, shared by hash. b.html is linked, not copied.
    assertEquals(new UploadResult(2, 1, 1, result.bytesSent(), 1), result);
  }

  @Test
  void leavesATargetThatCanBeOpenedAsAStoreOfItsOwn() throws IOException {
    ReleaseStore store = ReleaseStore.open(temp.resolve("site"));
    LocalDirectoryTarget target = new LocalDirectoryTarget("www", temp.resolve("www"));
    Release v1 = commit(store, Map.of("index.html", "v1", "zh-hant/index.html", "v1 繁"));
    target.upload(v1, store);
    target.activate(v1.id());

    ReleaseStore copy = ReleaseStore.open(temp.resolve("www"));

    assertEquals(v1, copy.live().orElseThrow());
    assertEquals(
        store.manifest(v1.id()).stream().toList(), copy.manifest(v1.id()).stream().toList());
  }
}
