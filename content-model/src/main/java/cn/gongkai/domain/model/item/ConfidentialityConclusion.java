package cn.gongkai.domain.model.item;

/** The conclusion of a 保密审查 (confidentiality review) at one level. */
public enum ConfidentialityConclusion {
  /** 不涉密，可以公开. */
  NOT_SECRET("不涉密，可以公开"),
  /** 经解密或去除密级标志后可以公开 (seed 003 第8条). */
  DECLASSIFIED("经解密、去除密级标志后可以公开"),
  /** 涉及国家秘密，不得公开. */
  SECRET("涉及国家秘密，不得公开"),
  /** 是否涉密尚不确定，暂缓公开. */
  DEFERRED("暂缓公开，待确定是否涉密");

  private final String label;

  ConfidentialityConclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this conclusion lets the item go on to publication. */
  public boolean permitsPublication() {
    return this == NOT_SECRET || this == DECLASSIFIED;
  }
}
