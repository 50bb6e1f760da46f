package cn.gongkai.domain.model.publishing;

/** What a publish job puts on the site. */
public enum PublishJobKind {
  /** A signed revision of one item. */
  ITEM,
  /** A withdrawal notice for one item. */
  WITHDRAWAL,
  /** A new version of an agency's guide. */
  GUIDE,
  /** Catalogue structure changed: navigation and list pages of one agency. */
  CATALOGUE,
  /** Everything, from scratch. */
  FULL
}
