package cn.gongkai.domain.model.item;

/**
 * The grounds for not disclosing (条例 2019 第14–16条), in the order the national annual report counts
 * them.
 */
public enum WithholdGround {
  /** 属于国家秘密. */
  STATE_SECRET("属于国家秘密"),
  /** 其他法律行政法规禁止公开. */
  PROHIBITED_BY_LAW("其他法律行政法规禁止公开"),
  /** 危及“三安全一稳定”. */
  SECURITY_AND_STABILITY("危及“三安全一稳定”"),
  /** 保护第三方合法权益 (商业秘密、个人隐私). */
  THIRD_PARTY_RIGHTS("保护第三方合法权益"),
  /** 属于三类内部事务信息 (人事、后勤、内部工作流程). */
  INTERNAL_AFFAIRS("属于三类内部事务信息"),
  /** 属于四类过程性信息 (讨论记录、过程稿、磋商信函、请示报告). */
  PROCESS_INFORMATION("属于四类过程性信息"),
  /** 属于行政执法案卷. */
  ENFORCEMENT_FILES("属于行政执法案卷"),
  /** 属于行政查询事项. */
  ADMINISTRATIVE_QUERY("属于行政查询事项");

  private final String label;

  WithholdGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
