package cn.gongkai.domain.screening;

/** What the screener found. */
public enum FindingKind {
  /** 密级标志, e.g. 秘密★1年: "涉密信息不上网". Removed by a person, never masked. */
  SECRECY_MARKING(false, "密级标志"),
  /** 居民身份证号码 (GB 11643). */
  ID_CARD_NUMBER(true, "身份证号码"),
  /** 手机号码. */
  MOBILE_NUMBER(true, "手机号码"),
  /** 银行卡号. */
  BANK_CARD_NUMBER(true, "银行卡号");

  private final boolean personalData;
  private final String label;

  FindingKind(boolean personalData, String label) {
    this.personalData = personalData;
    this.label = label;
  }

  /** Whether this is personal data, which {@link Masker} masks. */
  public boolean personalData() {
    return personalData;
  }

  /** The Chinese name shown to editors. */
  public String label() {
    return label;
  }
}
