package cn.gongkai.themes;

import java.util.Locale;
import java.util.Set;

/**
 * Turns the page model's site-root-relative paths into links from one page. Links are relative
 * ({@code ../../mengnuo/tzgg/index.html}) so the site works from any base URL and from {@code
 * file://}; a page that a server may answer at any URL (the 404 page) gets absolute links instead.
 * Directory paths always get an explicit {@code index.html}.
 */
public final class PageLinks {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

  private final String siteDomain;
  private final Variant variant;
  private final String path;
  private final boolean absolute;
  private final String[] directories;
  private final String[] directoriesInSite;
  private final String toSiteRoot;

  /**
   * @param siteDomain the site's origin without a trailing slash
   * @param path the page's site-relative path, the same in all variants
   * @param absolute whether to link with absolute URLs
   */
  public PageLinks(String siteDomain, Variant variant, String path, boolean absolute) {
    this.siteDomain = siteDomain;
    this.variant = variant;
    this.path = path;
    this.absolute = absolute;
    this.directories = directoriesOf(path);
    this.directoriesInSite = directoriesOf(variant.prefix() + path);
    this.toSiteRoot = "../".repeat(directoriesInSite.length);
  }

  /**
   * A link to {@code target} in this page's variant. External URLs and fragments stay as they are.
   */
  public String href(String target) {
    if (isExternal(target)) {
      return target;
    }
    int cut = suffixStart(target);
    String file = withIndex(stripLeadingSlashes(target.substring(0, cut)));
    String suffix = target.substring(cut);
    if (absolute) {
      return absoluteUrl(variant, file) + suffix;
    }
    return relativize(directories, file) + suffix;
  }

  /** A link to this same page in another variant. */
  public String counterpart(Variant other) {
    if (absolute) {
      return absoluteUrl(other, path);
    }
    return relativize(directoriesInSite, other.prefix() + path);
  }

  /** A link to a theme asset, which lives once at the site root ({@code assets/gongkai.css}). */
  public String asset(String assetPath) {
    return absolute ? siteDomain + "/" + assetPath : toSiteRoot + assetPath;
  }

  /** The absolute URL of this page in another variant. */
  public String absoluteUrl(Variant other) {
    return absoluteUrl(other, path);
  }

  private String absoluteUrl(Variant in, String file) {
    return siteDomain + "/" + in.prefix() + file;
  }

  /** The relative link from a file to another, both given relative to the same root. */
  public static String relativize(String fromFile, String toFile) {
    return relativize(directoriesOf(fromFile), toFile);
  }

  private static String relativize(String[] fromDirectories, String toFile) {
    String[] to = toFile.split("/", -1);
    int common = 0;
    while (common < fromDirectories.length
        && common < to.length - 1
        && fromDirectories[common].equals(to[common])) {
      common++;
    }
    StringBuilder link = new StringBuilder(toFile.length() + 3 * fromDirectories.length);
    link.append("../".repeat(fromDirectories.length - common));
    for (int i = common; i < to.length; i++) {
      link.append(to[i]);
      if (i < to.length - 1) {
        link.append('/');
      }
    }
    return link.toString();
  }

  private static String[] directoriesOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? new String[0] : file.substring(0, slash).split("/");
  }

  /**
   * Whether a link leaves the site as it is: a fragment, or a URL with a scheme. Only web, mail and
   * phone schemes may appear: a {@code javascript:} link typed into a model is refused, not
   * printed.
   */
  private static boolean isExternal(String target) {
    if (target.startsWith("#") || target.startsWith("//")) {
      return true;
    }
    int colon = schemeEnd(target);
    if (colon < 0) {
      return false;
    }
    String scheme = target.substring(0, colon).toLowerCase(Locale.ROOT);
    if (SAFE_SCHEMES.contains(scheme)) {
      return true;
    }
    throw new IllegalArgumentException("A link may not use the " + scheme + ": scheme: " + target);
  }

  /** Where a URL scheme ends (its colon), or -1 when the target is a path. */
  private static int schemeEnd(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == ':') {
        return i > 0 ? i : -1;
      }
      boolean schemeChar =
          Character.isLetter(c)
              || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
      if (!schemeChar || c > 127) {
        return -1;
      }
    }
    return -1;
  }

  private static int suffixStart(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == '?' || c == '#') {
        return i;
      }
    }
    return target.length();
  }

  private static String stripLeadingSlashes(String target) {
    int start = 0;
    while (start < target.length() && target.charAt(start) == '/') {
      start++;
    }
    return target.substring(start);
  }

  private static String withIndex(String file) {
    return file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
  }
}
