package cn.gongkai.publisher.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A release's full path to SHA-256 manifest, derived from its trees rather than stored: iterating
 * walks the segments depth-first in name order and holds only the listings on the current path.
 */
public final class Manifest implements Iterable<ManifestEntry> {

  private final Release release;
  private final TreeReader trees;

  Manifest(Release release, TreeReader trees) {
    this.release = release;
    this.trees = trees;
  }

  public ReleaseId release() {
    return release.id();
  }

  public TreeHash root() {
    return release.root();
  }

  public long fileCount() {
    return release.fileCount();
  }

  public Stream<ManifestEntry> stream() {
    return StreamSupport.stream(
        Spliterators.spliterator(
            iterator(),
            fileCount(),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT),
        false);
  }

  /** Iterates lazily; an I/O failure while reading a listing surfaces as UncheckedIOException. */
  @Override
  public Iterator<ManifestEntry> iterator() {
    return new Walk();
  }

  private final class Walk implements Iterator<ManifestEntry> {
    private record Frame(String prefix, Iterator<TreeEntry> entries) {}

    private final Deque<Frame> stack = new ArrayDeque<>();
    private ManifestEntry next;

    Walk() {
      push("", release.root());
    }

    @Override
    public boolean hasNext() {
      while (next == null && !stack.isEmpty()) {
        Frame frame = stack.peek();
        if (!frame.entries().hasNext()) {
          stack.pop();
          continue;
        }
        TreeEntry entry = frame.entries().next();
        String path = frame.prefix() + entry.name();
        if (entry.isDirectory()) {
          push(path + "/", entry.tree());
        } else {
          next = new ManifestEntry(path, entry.hash(), entry.size());
        }
      }
      return next != null;
    }

    @Override
    public ManifestEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ManifestEntry result = next;
      next = null;
      return result;
    }

    private void push(String prefix, TreeHash tree) {
      try {
        stack.push(new Frame(prefix, trees.read(tree).entries().iterator()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
