package cn.gongkai.api.application.demo;

import java.util.List;

/**
 * The demo content as {@code demo-content.json} describes it: the five seed documents' agencies,
 * their catalogues and guides, and how each seed becomes an item.
 */
public record DemoManifest(List<AgencySeed> agencies, List<ItemSeed> items) {

  /** An agency with its departments, own catalogues and (optionally) its guide. */
  public record AgencySeed(
      String slug,
      String orgCode,
      String name,
      String indexPattern,
      List<String> departments,
      List<CatalogueSeed> catalogues,
      GuideSeed guide) {}

  /** A custom catalogue under 法定主动公开内容. */
  public record CatalogueSeed(String code, String name, String columnType) {}

  /** The guide's fields. */
  public record GuideSeed(
      String officeName,
      String officeAddress,
      String officeHours,
      String phone,
      String fax,
      String email,
      String classification,
      String howToObtain) {}

  /**
   * A seed file as an item. {@code dropLines} (1-based) and {@code stopAt} remove the web page
   * furniture the customer's copies still carry (headers, footers, 上一篇/下一篇).
   */
  public record ItemSeed(
      String seed,
      String agency,
      String catalogue,
      String title,
      String documentNumber,
      String writtenOn,
      String summary,
      String keywords,
      String sourceName,
      List<Integer> dropLines,
      String stopAt) {}
}
