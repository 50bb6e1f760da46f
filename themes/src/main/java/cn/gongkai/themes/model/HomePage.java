package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/**
 * The site's home page.
 *
 * @param agencies links to each issuing body's disclosure section
 * @param sections columns with their newest items (最新信息, 通知公告 …)
 */
public record HomePage(PageFrame frame, List<Link> agencies, List<ColumnSection> sections)
    implements Page {
  public HomePage {
    Objects.requireNonNull(frame, "frame");
    agencies = List.copyOf(agencies);
    sections = List.copyOf(sections);
  }
}
