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
  /** The publication gates refused the signed revision; it is back with the drafter. */
  PUBLICATION_BLOCKED,
  WITHDRAWAL_REQUESTED,
  WITHDRAWN
}
