package cn.gongkai.domain.model.item;

/** A reviewer's decision at one level. */
public enum ReviewDecision {
  APPROVE,
  REJECT
}
