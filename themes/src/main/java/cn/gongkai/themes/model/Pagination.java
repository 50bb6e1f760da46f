package cn.gongkai.themes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a list page stands among its catalogue's pages. The newest items are on the catalogue's own
 * page; older ones sit on archive pages numbered from the oldest (1, 2, 3 …), which keep their
 * number and their items for ever. Publishing an item therefore re-renders the newest page and at
 * most the few archive pages next to it — never the whole catalogue — and an archive page's link
 * stays valid. Nothing on an archive page depends on how long the list has grown, except its links
 * to the (at most two) neighbours above it.
 *
 * @param archive 0 for the newest page, k ≥ 1 for archive page k
 * @param archives how many archive pages the catalogue has
 * @param totalItems how many items the list has (shown on the newest page only)
 * @param newestHref the site-relative path of the newest page ({@code mengnuo/tzgg/index.html})
 * @param archiveHrefPattern the path of archive page n, with {@code {n}} for the number ({@code
 *     mengnuo/tzgg/index_{n}.html})
 */
public record Pagination(
    int archive, int archives, long totalItems, String newestHref, String archiveHrefPattern) {
  /** Archive pages shown on each side of the current one. */
  private static final int NEIGHBOURS = 2;

  public Pagination {
    if (archives < 0 || archive < 0 || archive > archives) {
      throw new IllegalArgumentException(
          "Archive page " + archive + " is not one of the " + archives + " archive pages.");
    }
    Objects.requireNonNull(newestHref, "newestHref");
    Objects.requireNonNull(archiveHrefPattern, "archiveHrefPattern");
    if (archives > 0 && !archiveHrefPattern.contains("{n}")) {
      throw new IllegalArgumentException("The archive pattern needs a {n}: " + archiveHrefPattern);
    }
  }

  /** A list that fits on its newest page. */
  public static Pagination single(String href, long totalItems) {
    return new Pagination(0, 0, totalItems, href, href);
  }

  public String hrefOf(int number) {
    return number == 0 ? newestHref : archiveHrefPattern.replace("{n}", Integer.toString(number));
  }

  public boolean isNewest() {
    return archive == 0;
  }

  /** Whether there is more than one page at all. */
  public boolean paged() {
    return archives > 0;
  }

  public boolean hasNewer() {
    return archive > 0;
  }

  public boolean hasOlder() {
    return archive == 0 ? archives > 0 : archive > 1;
  }

  public PageLink newestPage() {
    return link(0);
  }

  /** The page with the next newer items; only meaningful when {@link #hasNewer()}. */
  public PageLink newerPage() {
    return link(archive == archives ? 0 : archive + 1);
  }

  /** The page with the next older items; only meaningful when {@link #hasOlder()}. */
  public PageLink olderPage() {
    return link(archive == 0 ? archives : archive - 1);
  }

  public PageLink oldestPage() {
    return link(1);
  }

  /** Archive pages around this one, newest first (on the newest page: the newest archives). */
  public List<PageLink> window() {
    int centre = archive == 0 ? archives + 1 : archive;
    int from = Math.min(archives, centre + NEIGHBOURS);
    int to = Math.max(1, centre - NEIGHBOURS);
    List<PageLink> links = new ArrayList<>();
    for (int n = from; n >= to; n--) {
      links.add(link(n));
    }
    return links;
  }

  private PageLink link(int number) {
    return new PageLink(number, hrefOf(number), number == archive);
  }

  /** A link to one page: 0 is the newest page, n ≥ 1 archive page n. */
  public record PageLink(int number, String href, boolean current) {}
}
