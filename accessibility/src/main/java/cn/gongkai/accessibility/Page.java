package cn.gongkai.accessibility;

import cn.gongkai.accessibility.css.PageStyles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;

/**
 * A parsed page as the rules see it: the DOM, where it lives, whether it is an elderly-friendly
 * page, and (computed on first use) its styles. One instance per page check, used on one thread.
 */
public final class Page {

  private final Document document;
  private final String path;
  private final boolean elderly;
  private final boolean fragment;
  private final Supplier<LoadedStyles> styles;
  private LoadedStyles loaded;

  Page(
      Document document,
      String path,
      boolean elderly,
      boolean fragment,
      Supplier<LoadedStyles> styles) {
    this.document = document;
    this.path = path;
    this.elderly = elderly;
    this.fragment = fragment;
    this.styles = styles;
  }

  public Document document() {
    return document;
  }

  public String path() {
    return path;
  }

  /** An elderly-friendly (适老) page: the stricter 适老化 rules apply. */
  public boolean elderly() {
    return elderly;
  }

  /** An editor's body fragment rather than a whole page. */
  public boolean fragment() {
    return fragment;
  }

  /**
   * The page's computed styles, or empty when a stylesheet it links could not be read: then colours
   * and sizes are unknown and the rules that need them skip the page.
   */
  public Optional<PageStyles> styles() {
    LoadedStyles s = load();
    return s.unavailable().isEmpty() ? Optional.of(s.styles()) : Optional.empty();
  }

  /** The hrefs of linked stylesheets that could not be read. */
  public List<String> unavailableStyleSheets() {
    return load().unavailable();
  }

  private LoadedStyles load() {
    if (loaded == null) {
      loaded = styles.get();
    }
    return loaded;
  }

  /** The cascade for a page and the stylesheets it links but that could not be read. */
  record LoadedStyles(PageStyles styles, List<String> unavailable) {}
}
