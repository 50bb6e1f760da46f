package cn.gongkai.domain.model.item;

/** What happened to an item; every transition leaves one event in its history. */
public enum ItemAction {
  CREATED,
  EDITED,
  SUBMITTED,
  APPROVED,
  REJECTED,
  /** The last level signed: the revision is approved and a publish job was queued. */
  SIGNED_OFF,
  PUBLISHED,
  WITHDRAWAL_REQUESTED,
  WITHDRAWN
}
