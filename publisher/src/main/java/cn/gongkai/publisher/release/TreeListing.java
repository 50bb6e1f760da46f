package cn.gongkai.publisher.release;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The listing of one directory segment, stored beside it as {@code store/<hash>.tree}: one line per
 * entry, {@code <F|D> <sha256> <size> <name>}, sorted by name. Its SHA-256 is the segment's name,
 * so equal directories are stored once and a release is named by its root listing alone.
 */
public final class TreeListing {

  private final List<TreeEntry> entries;
  private final byte[] encoded;
  private final TreeHash hash;

  private TreeListing(List<TreeEntry> sortedEntries) {
    this.entries = Collections.unmodifiableList(sortedEntries);
    this.encoded = encode(sortedEntries);
    this.hash = new TreeHash(Sha256.hex(encoded));
  }

  public static TreeListing of(Collection<TreeEntry> entries) {
    List<TreeEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(TreeEntry::name));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
        throw new IllegalArgumentException("Duplicate name in a tree: " + sorted.get(i).name());
      }
    }
    return new TreeListing(sorted);
  }

  public static TreeListing empty() {
    return new TreeListing(new ArrayList<>());
  }

  /** Reads a listing written by {@link #encoded()}; rejects anything else, names included. */
  public static TreeListing parse(byte[] content) {
    List<TreeEntry> entries = new ArrayList<>();
    String text = new String(content, StandardCharsets.UTF_8);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        throw new IllegalArgumentException("A tree listing must end with a newline.");
      }
      String[] fields = text.substring(start, end).split(" ", 4);
      if (fields.length != 4 || fields[0].length() != 1) {
        throw new IllegalArgumentException(
            "Malformed tree listing line: " + text.substring(start, end));
      }
      entries.add(
          new TreeEntry(
              fields[3],
              TreeEntry.Kind.of(fields[0].charAt(0)),
              fields[1],
              Long.parseLong(fields[2])));
      start = end + 1;
    }
    TreeListing listing = of(entries);
    if (!listing.hash().equals(new TreeHash(Sha256.hex(content)))) {
      throw new IllegalArgumentException("A tree listing is not in canonical form.");
    }
    return listing;
  }

  public List<TreeEntry> entries() {
    return entries;
  }

  public TreeHash hash() {
    return hash;
  }

  public byte[] encoded() {
    return encoded.clone();
  }

  /** Binary search by name: listings are sorted. */
  public Optional<TreeEntry> find(String name) {
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = entries.get(mid).name().compareTo(name);
      if (order == 0) {
        return Optional.of(entries.get(mid));
      } else if (order < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  public long fileCount() {
    return entries.stream().mapToLong(TreeEntry::fileCount).sum();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private static byte[] encode(List<TreeEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 96);
    for (TreeEntry entry : entries) {
      String line =
          entry.kind().code() + " " + entry.hash() + " " + entry.size() + " " + entry.name() + "\n";
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
