package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.publish;
import static cn.gongkai.publisher.release.Sites.served;
import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTest {

  @TempDir Path site;

  @Test
  void aPutThatFailsHalfWayLeavesTheOldReleaseLiveAndTheNextBuildWorks() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release live = publish(store, Map.of("index.html", "v1"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("a.html", utf8("fine"));
      assertThrows(
          IOException.class,
          () ->
              builder.put(
                  "index.html",
                  out -> {
                    out.write(utf8("half a pa"));
                    throw new IOException("renderer died");
                  }));
    }

    assertEquals(live.id(), store.live().orElseThrow().id());
    assertEquals("v1", served(store, "index.html"));
    publish(store, Map.of("index.html", "v2"));
    assertEquals("v2", served(store, "index.html"));
  }

  @Test
  void leftoversOfAProcessThatDiedMidBuildAreClearedAndIgnored() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release live = publish(store, Map.of("index.html", "v1"));
    // What a killed process leaves: a half-written segment in staging, a release link without
    // its record, and a new current link never renamed into place.
    Path halfSegment = Files.createDirectories(site.resolve("staging/build-1/d7"));
    Files.write(halfSegment.resolve("index.html"), utf8("half"));
    Path strayLink = site.resolve("releases/20990101T000000.000Z");
    Files.createSymbolicLink(strayLink, Path.of("../store/" + live.root()));
    Files.createSymbolicLink(site.resolve("current.tmp"), Path.of("releases/20990101T000000.000Z"));

    ReleaseStore reopened = ReleaseStore.open(site);

    assertFalse(Files.exists(halfSegment));
    assertFalse(Files.exists(strayLink, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(site.resolve("current.tmp"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals(live.id(), reopened.live().orElseThrow().id());
    assertEquals(1, reopened.history().size());
    publish(reopened, Map.of("index.html", "v2"));
    assertEquals("v2", served(reopened, "index.html"));
  }

  @Test
  void aCommitThatFailsAfterWritingSegmentsLeavesTheOldReleaseLive() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release live = publish(store, Map.of("items/a.html", "A"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("items/b.html", utf8("B"));
      builder.put("items", utf8("a file where a directory is"));
      assertThrows(IllegalStateException.class, () -> builder.commit("fails"));
    }

    assertEquals(live.id(), store.live().orElseThrow().id());
    assertEquals(1, store.history().size());
    assertFalse(Files.exists(store.webRoot().resolve("items/b.html")));
  }

  @Test
  void aCrashBetweenCommitAndActivateLeavesTheOldReleaseLive() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release live = publish(store, Map.of("index.html", "v1"));
    try (ReleaseBuilder builder = store.begin()) {
      builder.put("index.html", utf8("v2"));
      builder.commit("never activated");
    }

    ReleaseStore afterRestart = ReleaseStore.open(site);

    assertEquals(live.id(), afterRestart.live().orElseThrow().id());
    assertEquals("v1", served(afterRestart, "index.html"));
    try (ReleaseBuilder next = afterRestart.begin()) {
      assertEquals(live.id(), next.base().orElseThrow().id());
    }
  }

  @Test
  void allowsOneBuildAtATime() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    ReleaseStore sameSiteElsewhere = ReleaseStore.open(site);

    try (ReleaseBuilder first = store.begin()) {
      assertThrows(IllegalStateException.class, sameSiteElsewhere::begin);
    }
    try (ReleaseBuilder afterwards = sameSiteElsewhere.begin()) {
      assertTrue(afterwards.base().isEmpty());
    }
  }

  @Test
  void refusesToSwitchToAReleaseThatWasNeverCommitted() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("index.html", "v1"));

    assertThrows(
        IllegalArgumentException.class, () -> store.activate(ReleaseId.of("20990101T000000.000Z")));
    assertEquals("v1", served(store, "index.html"));
  }
}
