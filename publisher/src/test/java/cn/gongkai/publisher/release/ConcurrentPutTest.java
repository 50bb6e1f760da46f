package cn.gongkai.publisher.release;

import static cn.gongkai.publisher.release.Sites.served;
import static cn.gongkai.publisher.release.Sites.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentPutTest {

  @TempDir Path site;

  @Test
  void twoThreadsPuttingIntoOneDirectoryLoseNoPage() throws Exception {
    ReleaseStore store = ReleaseStore.open(site);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try (ReleaseBuilder builder = store.begin()) {
      Future<?> even = threads.submit(() -> putEvery(builder, 0, start));
      Future<?> odd = threads.submit(() -> putEvery(builder, 1, start));
      start.countDown();
      even.get();
      odd.get();
      Release release = builder.commit("both");
      store.activate(release.id());
      assertEquals(1000, release.fileCount());
    } finally {
      threads.shutdown();
    }

    assertEquals("page 999", served(store, "items/999.html"));
    assertEquals("page 0", served(store, "items/0.html"));
  }

  private static Void putEvery(ReleaseBuilder builder, int first, CountDownLatch start)
      throws Exception {
    start.await();
    for (int i = first; i < 1000; i += 2) {
      builder.put("items/" + i + ".html", utf8("page " + i));
    }
    return null;
  }
}
