package cn.gongkai.themes.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A downloadable attachment of an item.
 *
 * @param href the file's site-relative path, ending with its extension ({@code .pdf})
 * @param sizeBytes the file's size, shown human-readable ({@code 1.2 MB})
 */
public record Attachment(String title, String href, long sizeBytes) {
  public Attachment {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("An attachment's size cannot be negative.");
    }
  }

  /** The file type from the extension, upper case ({@code PDF}, {@code DOCX}), or empty. */
  public String format() {
    String name = href.substring(href.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
  }
}
