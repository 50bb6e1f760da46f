package cn.gongkai.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the text of a stylesheet a page links to, so the checker can read colours, sizes and design
 * tokens. An empty answer means the sheet cannot be read: the rules that depend on CSS then skip
 * the page rather than guess.
 */
@FunctionalInterface
public interface StyleSheets {

  /**
   * @param href the {@code href} as written in the page (or in an {@code @import})
   */
  Optional<String> css(String href);

  /** No stylesheet is available; pages that link one are checked without CSS-based rules. */
  static StyleSheets none() {
    return href -> Optional.empty();
  }

  /** Sheets given by their exact href, e.g. for tests or a publisher holding them in memory. */
  static StyleSheets of(Map<String, String> cssByHref) {
    Map<String, String> copy = Map.copyOf(cssByHref);
    return href -> Optional.ofNullable(copy.get(href));
  }

  /**
   * Sheets on disk under {@code siteRoot}: a root-relative href ({@code /css/site.css}) from the
   * root, a relative one from the page's folder. Remote sheets and anything outside the root are
   * unavailable.
   */
  static StyleSheets forPageOnDisk(Path siteRoot, Path page) {
    return forPageOnDisk(siteRoot, page, new ConcurrentHashMap<>());
  }

  /** As {@link #forPageOnDisk(Path, Path)}, sharing read sheets between pages through a cache. */
  static StyleSheets forPageOnDisk(Path siteRoot, Path page, Map<Path, Optional<String>> cache) {
    return forPageOnDisk(siteRoot, page, cache, null);
  }

  /**
   * As above; an absolute href under {@code siteUrl} (the site's own address, as pages that must
   * work from any path — the 404 page — link their styles) is read from the directory too.
   */
  static StyleSheets forPageOnDisk(
      Path siteRoot, Path page, Map<Path, Optional<String>> cache, String siteUrl) {
    Path root = siteRoot.toAbsolutePath().normalize();
    Path folder = page.toAbsolutePath().normalize().getParent();
    String base = siteUrl == null ? null : (siteUrl.endsWith("/") ? siteUrl : siteUrl + "/");
    return raw -> {
      String href = base != null && raw.startsWith(base) ? "/" + raw.substring(base.length()) : raw;
      String path = Hrefs.localPath(href);
      if (path == null) {
        return Optional.empty();
      }
      Path file =
          (path.startsWith("/") ? root.resolve(path.substring(1)) : folder.resolve(path))
              .normalize();
      if (!file.startsWith(root)) {
        return Optional.empty();
      }
      return cache.computeIfAbsent(file, StyleSheets::read);
    };
  }

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read stylesheet " + file, e);
    }
  }
}
