package cn.gongkai.publisher.site;

import cn.gongkai.publisher.content.ItemRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A catalogue's list cut into pages that never shift. Rows are kept oldest first; archive page k
 * holds rows [(k-1)·S, k·S), and the newest page holds the rest — between S and 2S-1 rows once the
 * list is long, so it is never nearly empty. A new item only ever lands on the newest page, and
 * when that page overflows the oldest S of its rows become the next archive page, unchanged
 * thereafter. The list is sorted once and sliced.
 */
public final class CatalogueListing {
  private final List<ItemRow> oldestFirst;
  private final int pageSize;
  private final int archives;

  public CatalogueListing(List<ItemRow> oldestFirst, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("A page holds at least one item.");
    }
    this.oldestFirst = List.copyOf(oldestFirst);
    this.pageSize = pageSize;
    int n = oldestFirst.size();
    this.archives = n < 2 * pageSize ? 0 : n / pageSize - 1;
  }

  public int archives() {
    return archives;
  }

  public long size() {
    return oldestFirst.size();
  }

  /** The rows of page {@code archive} (0 = newest), newest first as the page lists them. */
  public List<ItemRow> page(int archive) {
    int from = archive == 0 ? archives * pageSize : (archive - 1) * pageSize;
    int to = archive == 0 ? oldestFirst.size() : archive * pageSize;
    List<ItemRow> rows = new ArrayList<>(oldestFirst.subList(from, to));
    Collections.reverse(rows);
    return rows;
  }

  /** Which page shows the row at {@code position} (oldest first). */
  public int pageOf(int position) {
    return position < archives * pageSize ? position / pageSize + 1 : 0;
  }

  /**
   * The pages whose rendering differs between this listing and {@code before}: different rows, or
   * different neighbours in the pagination (only pages next to the newest archive ever are).
   */
  public List<Integer> pagesChangedSince(CatalogueListing before) {
    List<Integer> changed = new ArrayList<>();
    if (before.size() != size() || !shown(before.page(0)).equals(shown(page(0)))) {
      changed.add(0);
    }
    for (int k = 1; k <= archives; k++) {
      boolean existed = k <= before.archives;
      boolean sameRows = existed && shown(before.page(k)).equals(shown(page(k)));
      boolean sameNeighbours = existed && neighbourhood(k) == before.neighbourhood(k);
      if (!sameRows || !sameNeighbours) {
        changed.add(k);
      }
    }
    return changed;
  }

  /** What an archive page's links depend on: how many archives are above it, up to two. */
  private int neighbourhood(int k) {
    return Math.min(archives - k, 2);
  }

  /** What a list row shows; a revision that changes none of it leaves the page as it is. */
  private record Shown(
      long id,
      String title,
      String indexNumber,
      java.time.Instant publishedAt,
      boolean withdrawn) {}

  private static List<Shown> shown(List<ItemRow> rows) {
    return rows.stream()
        .map(
            r ->
                new Shown(
                    r.id(), r.title(), r.indexNumber(), r.publishedAt().toInstant(), r.withdrawn()))
        .toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogueListing l
        && l.pageSize == pageSize
        && l.oldestFirst.equals(oldestFirst);
  }

  @Override
  public int hashCode() {
    return Objects.hash(oldestFirst, pageSize);
  }
}
