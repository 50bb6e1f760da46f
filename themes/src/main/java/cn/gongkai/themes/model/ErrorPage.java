package cn.gongkai.themes.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 404 (not found) or 410 (gone) page. Its heading and text are the theme's labels for the kind;
 * the frame's title is not shown.
 *
 * @param reason why a gone page was taken down (撤销/废止 reason), or null
 * @param since when a gone page was taken down, or null
 */
public record ErrorPage(PageFrame frame, ErrorKind kind, String reason, LocalDate since)
    implements Page {
  public ErrorPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A server answers a missing URL at any depth with the 404 page, so relative links would break.
   */
  public boolean needsAbsoluteLinks() {
    return kind == ErrorKind.NOT_FOUND;
  }
}
