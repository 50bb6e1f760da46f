package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.publish;
import static cn.gongkai.publisher.release.Sites.served;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PruneTest {

  @TempDir Path site;

  @Test
  void keepsTheNewestReleasesAndRemovesTheRest() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release v1 = publish(store, Map.of("index.html", "v1"));
    Release v2 = publish(store, Map.of("index.html", "v2"));
    Release v3 = publish(store, Map.of("index.html", "v3"));

    PruneResult result = store.prune(2);

    assertEquals(List.of(v1.id()), result.removedReleases());
    assertEquals(List.of(v3.id(), v2.id()), store.history().stream().map(Release::id).toList());
    assertEquals("v3", served(store, "index.html"));
  }

  @Test
  void removesSegmentsNoKeptReleaseReachesAndKeepsSharedOnes() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release v1 = publish(store, Map.of("items/a.html", "A1", "shared/s.html", "S"));
    Release v2 = publish(store, Map.of("items/a.html", "A2"));
    TreeHash oldItems = store.tree(v1.root()).find("items").orElseThrow().tree();
    TreeHash shared = store.tree(v1.root()).find("shared").orElseThrow().tree();

    PruneResult result = store.prune(1);

    assertEquals(2, result.removedSegments()); // v1's root and v1's items directory
    assertFalse(Files.exists(site.resolve(StoreLayout.segment(oldItems))));
    assertFalse(Files.exists(site.resolve(StoreLayout.treeFile(oldItems))));
    assertFalse(Files.exists(site.resolve(StoreLayout.segment(v1.root()))));
    assertTrue(Files.isDirectory(site.resolve(StoreLayout.segment(shared))));
    assertEquals("S", served(store, "shared/s.html"));
    assertEquals("A2", served(store, "items/a.html"));
    assertEquals(v2.id(), store.live().orElseThrow().id());
  }

  @Test
  void neverRemovesTheLiveReleaseEvenWhenItIsOld() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release v1 = publish(store, Map.of("index.html", "v1"));
    publish(store, Map.of("index.html", "v2"));
    Release v3 = publish(store, Map.of("index.html", "v3"));
    store.activate(v1.id());

    store.prune(1);

    assertEquals(List.of(v3.id(), v1.id()), store.history().stream().map(Release::id).toList());
    assertEquals("v1", served(store, "index.html"));
  }

  @Test
  void leavesNothingToRemoveWhenEveryReleaseIsKept() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("index.html", "v1"));
    publish(store, Map.of("index.html", "v2"));

    PruneResult result = store.prune(5);

    assertEquals(new PruneResult(List.of(), 0), result);
  }
}
