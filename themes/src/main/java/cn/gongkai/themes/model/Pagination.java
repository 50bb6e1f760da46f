package cn.gongkai.themes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a paginated list is and how its pages are named.
 *
 * @param current the page shown, from 1
 * @param totalPages how many pages the list has, at least 1
 * @param totalItems how many items the list has
 * @param firstPageHref the site-relative path of page 1 ({@code mengnuo/tzgg/index.html})
 * @param pageHrefPattern the path of page n ≥ 2, with {@code {n}} for the number ({@code
 *     mengnuo/tzgg/index_{n}.html})
 */
public record Pagination(
    int current, int totalPages, long totalItems, String firstPageHref, String pageHrefPattern) {

  /** Pages shown on each side of the current one before a gap (…). */
  private static final int NEIGHBOURS = 2;

  public Pagination {
    if (totalPages < 1 || current < 1 || current > totalPages) {
      throw new IllegalArgumentException(
          "Page " + current + " of " + totalPages + " is not a page of this list.");
    }
    Objects.requireNonNull(firstPageHref, "firstPageHref");
    Objects.requireNonNull(pageHrefPattern, "pageHrefPattern");
    if (totalPages > 1 && !pageHrefPattern.contains("{n}")) {
      throw new IllegalArgumentException("The page pattern needs a {n}: " + pageHrefPattern);
    }
  }

  /** A list that fits on one page. */
  public static Pagination single(String href, long totalItems) {
    return new Pagination(1, 1, totalItems, href, href);
  }

  public String hrefOf(int number) {
    return number == 1 ? firstPageHref : pageHrefPattern.replace("{n}", Integer.toString(number));
  }

  // Named apart from previousPage()/nextPage(): Pebble resolves `pagination.previous` to a
  // hasPrevious() method before a previous() one.
  public boolean hasPrevious() {
    return current > 1;
  }

  public boolean hasNext() {
    return current < totalPages;
  }

  public PageLink firstPage() {
    return link(1);
  }

  /** The previous page; only meaningful when {@link #hasPrevious()}. */
  public PageLink previousPage() {
    return link(Math.max(1, current - 1));
  }

  /** The next page; only meaningful when {@link #hasNext()}. */
  public PageLink nextPage() {
    return link(Math.min(totalPages, current + 1));
  }

  public PageLink lastPage() {
    return link(totalPages);
  }

  /**
   * The numbered links: the first, the last, and the current page with its neighbours; gaps
   * between.
   */
  public List<PageLink> window() {
    // Visit only the numbers that can be shown: a list may have thousands of pages.
    int from = Math.max(1, current - NEIGHBOURS);
    int to = Math.min(totalPages, current + NEIGHBOURS);
    List<PageLink> links = new ArrayList<>();
    if (from > 1) {
      links.add(link(1));
      if (from > 2) {
        links.add(PageLink.GAP);
      }
    }
    for (int n = from; n <= to; n++) {
      links.add(link(n));
    }
    if (to < totalPages) {
      if (to < totalPages - 1) {
        links.add(PageLink.GAP);
      }
      links.add(link(totalPages));
    }
    return links;
  }

  private PageLink link(int number) {
    return new PageLink(number, hrefOf(number), number == current);
  }

  /** A numbered page link, or the gap (…) between numbers when {@code number} is 0. */
  public record PageLink(int number, String href, boolean current) {
    static final PageLink GAP = new PageLink(0, "", false);

    public boolean gap() {
      return number == 0;
    }
  }
}
