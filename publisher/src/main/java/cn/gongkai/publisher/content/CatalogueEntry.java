package cn.gongkai.publisher.content;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;

/** A catalogue node (公开目录); its code is its part of the URL. */
public record CatalogueEntry(
    long id,
    long agencyId,
    Long parentId,
    String code,
    String name,
    CatalogueKind kind,
    ColumnType columnType,
    int position) {}
