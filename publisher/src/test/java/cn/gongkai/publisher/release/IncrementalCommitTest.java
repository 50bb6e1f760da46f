package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.served;
import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating a release costs the changed paths, not the size of the site. */
class IncrementalCommitTest {

  private static final List<String> VARIANTS = List.of("", "zh-hant/", "elder/", "elder/zh-hant/");
  private static final int DIRECTORIES = 50;
  private static final int FILES_PER_DIRECTORY = 250;

  @TempDir Path site;

  @Test
  void anIncrementalCommitOnFiftyThousandFilesCreatesSegmentsOnlyForTheChangedPath()
      throws Exception {
    ReleaseStore store = ReleaseStore.open(site);
    Release full = fullBuildOnTwoThreads(store);
    assertEquals(VARIANTS.size() * DIRECTORIES * FILES_PER_DIRECTORY, full.fileCount());
    int segmentsBefore = segmentsInStore();

    Release incremental;
    try (ReleaseBuilder builder = store.begin()) {
      for (int i = 0; i < 3; i++) {
        builder.put("elder/zh-hant/items/d7/" + i + ".html", utf8("revised " + i));
      }
      incremental = builder.commit("three pages");
      store.activate(incremental.id());
    }

    // items/d7, items, zh-hant, elder and the root: five directories on the changed path.
    assertEquals(5, incremental.counts().newSegments());
    assertEquals(5, segmentsInStore() - segmentsBefore);
    assertEquals(3, incremental.counts().written());
    assertEquals(full.fileCount(), incremental.fileCount());
    assertEquals("revised 1", served(store, "elder/zh-hant/items/d7/1.html"));
    assertEquals("page 1 of d7 in zh-hant/", served(store, "zh-hant/items/d7/1.html"));
  }

  private Release fullBuildOnTwoThreads(ReleaseStore store) throws Exception {
    ExecutorService renderers = Executors.newFixedThreadPool(2);
    try (ReleaseBuilder builder = store.begin(Durability.PROCESS_CRASH)) {
      List<Future<?>> done =
          VARIANTS.stream()
              .map(variant -> renderers.submit(() -> renderVariant(builder, variant)))
              .<Future<?>>map(future -> future)
              .toList();
      for (Future<?> future : done) {
        future.get();
      }
      Release release = builder.commit("full build");
      store.activate(release.id());
      return release;
    } finally {
      renderers.shutdown();
    }
  }

  private static Void renderVariant(ReleaseBuilder builder, String variant) throws IOException {
    for (int d = 0; d < DIRECTORIES; d++) {
      for (int f = 0; f < FILES_PER_DIRECTORY; f++) {
        String path = variant + "items/d" + d + "/" + f + ".html";
        builder.put(path, utf8("page " + f + " of d" + d + " in " + variant));
      }
    }
    return null;
  }

  private int segmentsInStore() throws IOException {
    int count = 0;
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(site.resolve(StoreLayout.STORE))) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          count++;
        }
      }
    }
    return count;
  }
}
