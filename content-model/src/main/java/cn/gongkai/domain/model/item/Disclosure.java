package cn.gongkai.domain.model.item;

/** 公开属性: whether and how an item is disclosed. */
public enum Disclosure {
  /** 主动公开: published on the site. */
  PROACTIVE,
  /** 依申请公开: given to applicants only. */
  ON_APPLICATION,
  /** 不予公开: not disclosed; a ground is mandatory. */
  WITHHELD
}
