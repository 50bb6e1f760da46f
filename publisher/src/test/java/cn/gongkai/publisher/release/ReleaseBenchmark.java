package cn.gongkai.publisher.release;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test (Surefire skips it): measures a full build and incremental publications at city scale.
 * Run with {@code java -cp ... cn.gongkai.publisher.release.ReleaseBenchmark <dir> [items]}. Items
 * go to {@code items/<year>/<bucket>/<id>.html} so no directory holds more than ~1,000 files.
 */
public final class ReleaseBenchmark {

  private static final List<String> VARIANTS = List.of("", "zh-hant/", "elder/", "elder/zh-hant/");

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    ReleaseStore store = ReleaseStore.open(site);

    Durability durability = args.length > 2 ? Durability.valueOf(args[2]) : Durability.POWER_LOSS;
    long start = System.nanoTime();
    if (store.live().isEmpty()) {
      Release full = fullBuild(store, items);
      System.out.printf(
          "full build: %d files in %.1f s, %d segments%n",
          full.fileCount(), seconds(start), full.counts().newSegments());
    }

    Random random = new Random(42);
    for (int round = 0; round < 10; round++) {
      start = System.nanoTime();
      try (ReleaseBuilder builder = store.begin(durability)) {
        for (int i = 0; i < 10; i++) {
          int item = random.nextInt(items);
          for (String variant : VARIANTS) {
            builder.put(variant + path(item), page(item, "revision " + round));
          }
        }
        Release release = builder.commit("incremental " + round);
        store.activate(release.id());
        System.out.printf(
            "incremental: %d written, %d new segments, %.0f ms including commit and switch%n",
            release.counts().written(), release.counts().newSegments(), seconds(start) * 1000);
      }
    }
    start = System.nanoTime();
    PruneResult pruned = store.prune(3);
    System.out.printf(
        "prune: %d releases, %d segments in %.0f ms%n",
        pruned.removedReleases().size(), pruned.removedSegments(), seconds(start) * 1000);
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("heap used: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }

  private static Release fullBuild(ReleaseStore store, int items) throws Exception {
    ExecutorService renderers = Executors.newFixedThreadPool(2);
    try (ReleaseBuilder builder = store.begin(Durability.PROCESS_CRASH)) {
      List<Future<?>> done = new ArrayList<>();
      for (int half = 0; half < 2; half++) {
        int first = half;
        done.add(
            renderers.submit(
                () -> {
                  for (int item = first; item < items; item += 2) {
                    for (String variant : VARIANTS) {
                      builder.put(variant + path(item), page(item, "first"));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      Release release = builder.commit("full");
      store.activate(release.id());
      return release;
    } finally {
      renderers.shutdown();
    }
  }

  private static String path(int item) {
    return "items/" + (2000 + item % 25) + "/" + (item / 25) % 100 + "/" + item + ".html";
  }

  private static byte[] page(int item, String revision) {
    String html =
        "<!doctype html><html lang=\"zh-Hans\"><title>政务公开 "
            + item
            + "</title><main>"
            + "第 "
            + item
            + " 号文件 "
            + revision
            + " "
            + "内容".repeat(400)
            + "</main></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private ReleaseBenchmark() {}
}
