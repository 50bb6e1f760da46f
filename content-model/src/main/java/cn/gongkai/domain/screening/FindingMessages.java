package cn.gongkai.domain.screening;

/** What an editor is told to do about a finding, in the editors' language. */
final class FindingMessages {

  private FindingMessages() {}

  /**
   * @param shown the finding as it may be shown: masked if it is personal data
   */
  static String of(Detection detection, String shown) {
    switch (detection.kind()) {
      case SECRECY_MARKING:
        return "“"
            + shown
            + "”是国家秘密标志。涉密信息不得上网；如该信息已解密或经审查可以公开，须由保密审查人员去除原密级标志后再提交发布。"
            + "系统不会自动删除或遮盖密级标志。";
      case ID_CARD_NUMBER:
        if (detection.severity() == Severity.WARNING) {
          return "“" + shown + "”可能是15位旧身份证号码，请核实：如是身份证号码，请删除或遮盖（保留前2位和后3位）；如是注册号等其他编号，可不处理。";
        }
        return "发现身份证号码“" + shown + "”。公开的信息不得含有完整的身份证号码，请删除，或遮盖为只保留前2位和后3位。";
      case MOBILE_NUMBER:
        return "发现手机号码“" + shown + "”。个人手机号码不得公开，请删除，或遮盖为138****1234的形式；对外联系请使用办公电话。";
      case BANK_CARD_NUMBER:
        return "发现疑似银行卡号“"
            + shown
            + "”（通过卡号校验）。银行账号属于个人信息，请删除，或遮盖为只保留前6位和后4位；如是其他编号，请在前面注明其名称（如“订单号”）。";
      default:
        throw new IllegalStateException("No message for " + detection.kind());
    }
  }
}
