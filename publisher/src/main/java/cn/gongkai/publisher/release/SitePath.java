package cn.gongkai.publisher.release;

import java.nio.charset.StandardCharsets;

/**
 * A file's path on the public site, relative to the site root ({@code zh-hant/items/a.html}).
 * Validated once, here, so nothing built from it can name a file outside a release segment.
 */
public record SitePath(String directory, String name) {

  private static final int MAX_NAME_BYTES = 255;

  public SitePath {
    if (!directory.isEmpty()) {
      for (String part : directory.split("/", -1)) {
        checkName(part, directory);
      }
    }
    checkName(name, directory.isEmpty() ? name : directory + "/" + name);
  }

  /** Parses a {@code /}-separated relative path: no leading slash, no empty, . or .. segment. */
  public static SitePath of(String path) {
    if (path == null || path.isEmpty()) {
      throw new IllegalArgumentException("A site path is required.");
    }
    if (path.startsWith("/")) {
      throw invalid(path, "it is absolute; site paths are relative to the site root");
    }
    int slash = path.lastIndexOf('/');
    return slash < 0
        ? new SitePath("", path)
        : new SitePath(path.substring(0, slash), path.substring(slash + 1));
  }

  /** The path as given: {@code directory/name}, or {@code name} at the site root. */
  public String value() {
    return directory.isEmpty() ? name : directory + "/" + name;
  }

  @Override
  public String toString() {
    return value();
  }

  /** Checks one segment; also used for the names inside a tree listing read from disk. */
  static void checkName(String name, String path) {
    if (name.isEmpty()) {
      throw invalid(path, "it has an empty segment (a leading, trailing or double slash)");
    }
    if (name.equals(".") || name.equals("..")) {
      throw invalid(path, "it contains a '" + name + "' segment");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\') {
        throw invalid(path, "it contains a backslash");
      }
      if (c < 0x20 || c == 0x7f) {
        throw invalid(path, "it contains a control character (U+" + Integer.toHexString(c) + ")");
      }
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw invalid(path, "a segment is longer than " + MAX_NAME_BYTES + " bytes");
    }
  }

  private static IllegalArgumentException invalid(String path, String why) {
    return new IllegalArgumentException("Invalid site path '" + path + "': " + why + ".");
  }
}
