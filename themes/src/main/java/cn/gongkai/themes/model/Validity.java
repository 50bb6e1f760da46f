package cn.gongkai.themes.model;

/** 有效性: whether a document is still in force. */
public enum Validity {
  /** 有效. */
  VALID,
  /** 已修改: a newer version replaces it; the page stays with a notice. */
  REVISED,
  /** 已废止: repealed; the page stays with a notice. */
  REPEALED,
  /** 失效: expired. */
  EXPIRED;

  /** The key of this value's name in the theme's labels. */
  public String labelKey() {
    return switch (this) {
      case VALID -> "validityValid";
      case REVISED -> "validityRevised";
      case REPEALED -> "validityRepealed";
      case EXPIRED -> "validityExpired";
    };
  }
}
