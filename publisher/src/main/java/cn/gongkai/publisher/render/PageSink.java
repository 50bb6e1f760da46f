package cn.gongkai.publisher.render;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseBuilder;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where rendered files go: the release being built. Counts what it was given and remembers every
 * path, so the link check knows what the new release will hold.
 */
public final class PageSink {
  private final ReleaseStore store;
  private final ReleaseBuilder builder;
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final AtomicInteger htmlPages = new AtomicInteger();
  private final AtomicInteger files = new AtomicInteger();

  public PageSink(ReleaseStore store, ReleaseBuilder builder) {
    this.store = store;
    this.builder = builder;
  }

  public void put(String path, byte[] content) {
    try {
      builder.put(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
    written.add(path);
    deleted.remove(path);
    (path.endsWith(".html") ? htmlPages : files).incrementAndGet();
  }

  public void put(String path, InputStream content) {
    try (content) {
      builder.put(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path, e);
    }
    written.add(path);
    files.incrementAndGet();
  }

  /** Keeps the base release's file at {@code path} as it is, without writing it again. */
  public void keep(String path) {
    written.add(path);
    deleted.remove(path);
  }

  public void delete(String path) {
    try {
      builder.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
    written.remove(path);
    deleted.add(path);
  }

  /** Whether the release this build starts from has a file at {@code path}. */
  public boolean baseHas(String path) {
    Optional<Release> base = builder.base();
    if (base.isEmpty()) {
      return false;
    }
    try {
      return store.sha256(base.get().id(), path).isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The attachment files the base release's page at {@code pagePath} links to, as site paths: what
   * the item showed before this publication.
   */
  public Set<String> attachmentLinksOf(String pagePath) {
    Optional<Release> base = builder.base();
    if (base.isEmpty()) {
      return Set.of();
    }
    java.nio.file.Path page =
        store
            .siteDirectory()
            .resolve("releases")
            .resolve(base.get().id().value())
            .resolve(pagePath);
    if (!java.nio.file.Files.isRegularFile(page)) {
      return Set.of();
    }
    try {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
      Set<String> links = new java.util.TreeSet<>();
      for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
        String resolved =
            java.net
                .URI
                .create("x:/" + pagePath)
                .resolve(a.attr("href").replace(" ", "%20"))
                .getPath();
        String site = resolved.startsWith("/") ? resolved.substring(1) : resolved;
        if (cn.gongkai.publisher.site.SitePaths.isAttachment(site)) {
          links.add(site);
        }
      }
      return links;
    } catch (IOException | IllegalArgumentException e) {
      return Set.of();
    }
  }

  /** Whether the new release will have a file at {@code path}. */
  public boolean willHave(String path) {
    return written.contains(path) || (!deleted.contains(path) && baseHas(path));
  }

  /**
   * Deletes every file of the base release this build did not write: after a full build the release
   * holds exactly the current site, nothing left over from removed pages.
   *
   * @return how many files were removed
   */
  public int removeUnwritten() {
    Optional<Release> base = builder.base();
    if (base.isEmpty()) {
      return 0;
    }
    int removed = 0;
    try {
      for (var entry : store.manifest(base.get().id())) {
        if (!written.contains(entry.path())) {
          builder.delete(entry.path());
          deleted.add(entry.path());
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the base release's manifest", e);
    }
    return removed;
  }

  public int htmlPages() {
    return htmlPages.get();
  }

  public int files() {
    return files.get();
  }
}
