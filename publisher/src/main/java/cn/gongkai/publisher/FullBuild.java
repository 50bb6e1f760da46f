package cn.gongkai.publisher;

import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.render.PageSink;
import cn.gongkai.publisher.render.SiteRenderer;
import cn.gongkai.publisher.render.SiteStructure;
import cn.gongkai.publisher.site.CatalogueListing;
import cn.gongkai.publisher.site.PageRef;
import cn.gongkai.publisher.site.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * The whole site from scratch. Items stream from the source one at a time and render on every core,
 * with a bounded number in flight, so memory does not grow with the number of items; the list rows
 * are read once, sorted once and sliced into pages, which the workers render too.
 */
final class FullBuild {
  /** Pages of each kind and variant checked in full; the rest share their template. */
  static final int CHECKED_PER_KIND = 3;

  private final SiteContent content;
  private final SiteRenderer renderer;
  private final PageSink sink;
  private final int pageSize;
  private final int threads;

  FullBuild(SiteContent content, SiteRenderer renderer, PageSink sink, int pageSize, int threads) {
    this.content = content;
    this.renderer = renderer;
    this.sink = sink;
    this.pageSize = pageSize;
    this.threads = Math.max(1, threads);
  }

  void run() {
    renderer.fullBuild();
    renderer.assets();
    List<ItemRow> rows = content.allRows();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> pending = new ArrayList<>();
    try {
      items(pool, pending);
      // Lists and sitemap chunks come from rows in memory: the workers render them while this
      // thread renders the pages that read the content (its one connection is not shared).
      lists(rows, pool, pending);
      Map<Long, List<ItemRow>> chunks =
          rows.stream().collect(Collectors.groupingBy(r -> SitePaths.chunkOf(r.id())));
      chunks.forEach(
          (chunk, chunkRows) ->
              pending.add(pool.submit(() -> renderer.sitemapChunk(chunk, chunkRows))));
      SiteStructure site = renderer.site();
      renderer.render(new PageRef.Home());
      renderer.render(new PageRef.SiteMap());
      renderer.render(new PageRef.NotFound());
      for (var agency : site.agencies()) {
        renderer.render(new PageRef.Agency(agency.id()));
        renderer.render(new PageRef.Guide(agency.id()));
      }
      site.catalogues().forEach(c -> renderer.render(new PageRef.Feed(c.id())));
      renderer.sitemapIndex(rows.stream().mapToLong(ItemRow::id).max().orElse(-1));
      pool.shutdown();
      for (Future<?> f : pending) {
        f.get();
      }
    } catch (ExecutionException | CompletionException e) {
      throw new IllegalStateException(
          "Rendering failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The build was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    sink.removeUnwritten();
  }

  /** Every item page, streamed, on the workers with at most 4 items each in flight. */
  private void items(ExecutorService pool, List<Future<?>> pending) {
    Semaphore inFlight = new Semaphore(threads * 4);
    List<Future<?>> failures = new ArrayList<>();
    content.forEachItem(
        item -> {
          inFlight.acquireUninterruptibly();
          Future<?> f =
              pool.submit(
                  () -> {
                    try {
                      renderer.item(item);
                    } finally {
                      inFlight.release();
                    }
                  });
          failures.add(f);
          failures.removeIf(FullBuild::succeeded);
        });
    pending.addAll(failures);
  }

  /** Whether a finished render went well; a failed one fails the build at once, never silently. */
  private static boolean succeeded(Future<?> render) {
    if (!render.isDone()) {
      return false;
    }
    try {
      render.get();
      return true;
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  /** Sorted once (the source returns rows oldest first), grouped by catalogue, sliced. */
  private void lists(List<ItemRow> rows, ExecutorService pool, List<Future<?>> pending) {
    Map<Long, List<ItemRow>> byCatalogue =
        rows.stream().collect(Collectors.groupingBy(ItemRow::catalogueId));
    for (CatalogueEntry c : renderer.site().catalogues()) {
      if (!SiteStructure.lists(c)) {
        continue;
      }
      CatalogueListing listing =
          new CatalogueListing(byCatalogue.getOrDefault(c.id(), List.of()), pageSize);
      renderer.useListing(c.id(), listing);
      for (int k = 0; k <= listing.archives(); k++) {
        int archive = k;
        pending.add(pool.submit(() -> renderer.catalogue(c.id(), archive, listing)));
      }
    }
  }
}
