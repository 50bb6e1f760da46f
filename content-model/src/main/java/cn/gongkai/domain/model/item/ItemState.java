package cn.gongkai.domain.model.item;

/** Where an item's working revision stands in the review and publication flow. */
public enum ItemState {
  DRAFT,
  IN_REVIEW,
  /** Every level signed; waiting for its release to go live. */
  APPROVED,
  PUBLISHED,
  WITHDRAWN
}
