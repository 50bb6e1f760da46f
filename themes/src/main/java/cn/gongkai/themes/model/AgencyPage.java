package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/**
 * An issuing body's disclosure section: the four standard columns of 国办公开办函〔2019〕61号 and the body's
 * own catalogue tree, each with its newest items. The page title is the body's name.
 *
 * @param guide 政府信息公开指南
 * @param rules 政府信息公开制度
 * @param statutory 法定主动公开内容
 * @param annualReports 政府信息公开年报
 */
public record AgencyPage(
    PageFrame frame,
    ColumnSection guide,
    ColumnSection rules,
    ColumnSection statutory,
    ColumnSection annualReports,
    List<CatalogueNode> catalogue)
    implements Page {
  public AgencyPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(guide, "guide");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(statutory, "statutory");
    Objects.requireNonNull(annualReports, "annualReports");
    catalogue = List.copyOf(catalogue);
  }

  /** The four standard columns in their national order. */
  public List<ColumnSection> standardColumns() {
    return List.of(guide, rules, statutory, annualReports);
  }
}
