package cn.gongkai.api.interfaces.rest.agency;

import cn.gongkai.domain.model.catalogue.Catalogue;

/** A catalogue node; the list comes parents first, so a client can build the tree in one pass. */
public record CatalogueView(
    long id,
    long agencyId,
    Long parentId,
    String code,
    String name,
    String kind,
    String columnType,
    int position) {
  public static CatalogueView of(Catalogue c) {
    return new CatalogueView(
        c.id(),
        c.agencyId(),
        c.parentId(),
        c.code(),
        c.name(),
        c.kind().name(),
        c.columnType().name(),
        c.position());
  }

  /** Adding a category under a parent (default: 法定主动公开内容). */
  public record Request(
      Long agencyId,
      Long parentId,
      String code,
      String name,
      String columnType,
      Integer position) {}
}
