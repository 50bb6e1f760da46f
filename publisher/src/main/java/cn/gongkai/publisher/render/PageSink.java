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
