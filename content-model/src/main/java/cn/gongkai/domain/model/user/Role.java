package cn.gongkai.domain.model.user;

/** What a member of staff does in the disclosure work (DOMAIN.md "The people"). */
public enum Role {
  /** 信息员 / 拟稿人: writes items and submits them. */
  DRAFTER,
  /** 科室负责人 / 分管领导 / 主要领导: signs one review level. */
  REVIEWER,
  /** 公开办: publishes, withdraws, keeps catalogues and the guide current. */
  OFFICE,
  /** Manages agencies, users and settings. */
  ADMIN,
  /** 纪委 / 监督: reads everything, changes nothing. */
  AUDITOR
}
