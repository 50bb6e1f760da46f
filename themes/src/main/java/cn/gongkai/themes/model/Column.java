package cn.gongkai.themes.model;

import java.util.Objects;

/** The column (栏目) a page belongs to, for the ColumnName and ColumnType meta tags. */
public record Column(String name, String type) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
