package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.inRelease;
import static cn.gongkai.publisher.release.Sites.inode;
import static cn.gongkai.publisher.release.Sites.publish;
import static cn.gongkai.publisher.release.Sites.served;
import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommitTest {

  @TempDir Path site;

  @Test
  void servesTheCommittedContentAtCurrentOnceActivated() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);

    publish(store, Map.of("index.html", "首页", "zh-hant/index.html", "首頁"));

    assertEquals("首页", served(store, "index.html"));
    assertEquals("首頁", served(store, "zh-hant/index.html"));
  }

  @Test
  void doesNotServeACommittedReleaseBeforeItIsActivated() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("index.html", "v1"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("index.html", utf8("v2"));
      builder.commit("not yet");
    }

    assertEquals("v1", served(store, "index.html"));
    assertEquals(first.id(), store.live().orElseThrow().id());
  }

  @Test
  void sharesUnchangedFilesWithThePreviousReleaseByInode() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("items/a.html", "A", "items/b.html", "B"));

    Release second = publish(store, Map.of("items/a.html", "A2"));

    assertEquals(
        inode(inRelease(store, first, "items/b.html")),
        inode(inRelease(store, second, "items/b.html")));
    assertNotEquals(
        inode(inRelease(store, first, "items/a.html")),
        inode(inRelease(store, second, "items/a.html")));
  }

  @Test
  void sharesUnchangedDirectoriesAsTheSameSegment() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("elder/a.html", "A", "items/b.html", "B"));

    Release second = publish(store, Map.of("items/b.html", "B2"));

    assertEquals(
        inRelease(store, first, "elder").toRealPath(),
        inRelease(store, second, "elder").toRealPath());
    assertNotEquals(
        inRelease(store, first, "items").toRealPath(),
        inRelease(store, second, "items").toRealPath());
  }

  @Test
  void doesNotRewriteAPagePutAgainWithTheSameContent() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("items/a.html", "A"));

    Release second = publish(store, Map.of("items/a.html", "A"));

    assertEquals(new ReleaseCounts(0, 1, 0, 0), second.counts());
    assertEquals(first.root(), second.root());
  }

  @Test
  void streamsAPageFromAWriterAndRecognisesUnchangedStreamedContent() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("a.html", "same"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("a.html", out -> out.write(utf8("same")));
      builder.put("b.html", out -> out.write(utf8("streamed")));
      Release release = builder.commit("stream");
      store.activate(release.id());
      assertEquals(new ReleaseCounts(1, 1, 0, 1), release.counts());
    }

    assertEquals("streamed", served(store, "b.html"));
  }

  @Test
  void tellsWhetherAPageIsUnchanged() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("a.html", "A"));

    try (ReleaseBuilder builder = store.begin()) {
      assertTrue(builder.unchanged("a.html", utf8("A")));
      assertFalse(builder.unchanged("a.html", utf8("B")));
      assertFalse(builder.unchanged("new.html", utf8("A")));
    }
  }

  @Test
  void removesADeletedFile() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("items/a.html", "A", "items/b.html", "B"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.delete("items/a.html");
      Release release = builder.commit("withdraw a");
      store.activate(release.id());
      assertEquals(1, release.counts().deleted());
      assertEquals(1, release.fileCount());
    }

    assertFalse(Files.exists(store.webRoot().resolve("items/a.html")));
    assertEquals("B", served(store, "items/b.html"));
  }

  @Test
  void removesADeletedDirectoryWithEverythingBelowIt() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("old/a.html", "A", "old/deep/b.html", "B", "index.html", "I"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.delete("old");
      Release release = builder.commit("repeal section");
      store.activate(release.id());
      assertEquals(2, release.counts().deleted());
    }

    assertFalse(Files.exists(store.webRoot().resolve("old")));
    assertEquals("I", served(store, "index.html"));
  }

  @Test
  void dropsADirectoryWhoseLastFileWasDeleted() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("only/a.html", "A", "index.html", "I"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.delete("only/a.html");
      store.activate(builder.commit("empty dir").id());
    }

    assertFalse(Files.exists(store.webRoot().resolve("only")));
  }

  @Test
  void writesReleaseFilesReadOnly() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);

    publish(store, Map.of("a.html", "A"));

    assertEquals(
        "r--r--r--",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(store.webRoot().resolve("a.html"))));
  }

  @Test
  void refusesAFileWhereTheLiveReleaseHasADirectory() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    publish(store, Map.of("items/a.html", "A"));

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("items", utf8("file"));
      assertThrows(IllegalStateException.class, () -> builder.commit("conflict"));
    }
    assertEquals("A", served(store, "items/a.html"));
  }

  @Test
  void keepsTheLastOfTwoPutsOfOnePath() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);

    try (ReleaseBuilder builder = store.begin()) {
      builder.put("a.html", utf8("first"));
      builder.put("a.html", utf8("second"));
      store.activate(builder.commit("twice").id());
    }

    assertEquals("second", served(store, "a.html"));
  }

  @Test
  void recordsTheParentCountsAndNoteOfARelease() throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Release first = publish(store, Map.of("a.html", "A", "b.html", "B"));

    Release second = publish(store, Map.of("c.html", "C"));

    Release reread = store.release(second.id()).orElseThrow();
    assertEquals(second, reread);
    assertEquals(Optional.of(first.id()), reread.parent());
    assertEquals(3, reread.fileCount());
    assertEquals(new String(utf8("C"), StandardCharsets.UTF_8), served(store, "c.html"));
  }
}
