package cn.gongkai.domain.model.item;

/** 有效性: a revised or repealed document stays online with a clear notice. */
public enum Validity {
  EFFECTIVE("有效"),
  AMENDED("已修改"),
  REPEALED("已废止"),
  EXPIRED("失效");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
