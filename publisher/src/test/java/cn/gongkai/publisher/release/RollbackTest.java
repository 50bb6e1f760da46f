package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.publish;
import static cn.gongkai.publisher.release.Sites.served;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackTest {

  @TempDir Path site;

  @Test
  void restoresThePreviousContentInOneCall() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("index.html", "v1"));
    publish(store, Map.of("index.html", "v2"));

    Release restored = store.rollback();

    assertEquals(first.id(), restored.id());
    assertEquals(first.id(), store.live().orElseThrow().id());
    assertEquals("v1", served(store, "index.html"));
  }

  @Test
  void walksBackOneReleaseAtEachCall() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("index.html", "v1"));
    publish(store, Map.of("index.html", "v2"));
    publish(store, Map.of("index.html", "v3"));

    store.rollback();
    store.rollback();

    assertEquals("v1", served(store, "index.html"));
  }

  @Test
  void buildsTheNextReleaseOnTheRolledBackOne() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("index.html", "v1"));
    publish(store, Map.of("index.html", "broken"));
    store.rollback();

    Release fixed = publish(store, Map.of("other.html", "new"));

    assertEquals(first.id(), fixed.parent().orElseThrow());
    assertEquals("v1", served(store, "index.html"));
  }

  @Test
  void refusesToRollBackTheFirstRelease() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("index.html", "v1"));

    assertThrows(IllegalStateException.class, store::rollback);
    assertEquals("v1", served(store, "index.html"));
  }
}
