package cn.gongkai.domain.model.catalogue;

/**
 * The four standard columns every disclosure section has (国办公开办函〔2019〕61号), and the agency's own
 * categories.
 */
public enum CatalogueKind {
  /** 政府信息公开指南. */
  GUIDE("政府信息公开指南", "zhinan"),
  /** 政府信息公开制度. */
  RULES("政府信息公开制度", "zhidu"),
  /** 法定主动公开内容: the parent of the agency's own catalogue tree. */
  STATUTORY("法定主动公开内容", "fdzdgknr"),
  /** 政府信息公开年报. */
  ANNUAL_REPORT("政府信息公开年报", "nianbao"),
  /** A category the agency defines (机构职能, 通知公告, 统计数据 …). */
  CUSTOM(null, null);

  private final String standardName;
  private final String standardCode;

  CatalogueKind(String standardName, String standardCode) {
    this.standardName = standardName;
    this.standardCode = standardCode;
  }

  public boolean standard() {
    return this != CUSTOM;
  }

  public String standardName() {
    return standardName;
  }

  public String standardCode() {
    return standardCode;
  }
}
