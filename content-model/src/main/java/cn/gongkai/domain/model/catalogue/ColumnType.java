package cn.gongkai.domain.model.catalogue;

/**
 * How fresh a column must be kept. National checks count a news column stale after two weeks and a
 * notice or policy column after six months; reference columns have no limit.
 */
public enum ColumnType {
  NEWS,
  NOTICE,
  POLICY,
  REFERENCE
}
