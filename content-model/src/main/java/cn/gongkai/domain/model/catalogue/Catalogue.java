package cn.gongkai.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/**
 * 公开目录: one node of an agency's catalogue tree. Its code is its part of the public URL, so it never
 * changes once items are published under it.
 */
@Entity
@Table(name = "catalogue")
public class Catalogue {
  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CatalogueKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "column_type", nullable = false)
  private ColumnType columnType;

  @Column(nullable = false)
  private int position;

  protected Catalogue() {}

  public Catalogue(
      long agencyId,
      Long parentId,
      String code,
      String name,
      CatalogueKind kind,
      ColumnType columnType,
      int position) {
    this.agencyId = agencyId;
    this.parentId = parentId;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.columnType = columnType;
    this.position = position;
  }

  /** The four standard columns for a new agency, in their national order. */
  public static Catalogue standard(long agencyId, CatalogueKind kind) {
    if (!kind.standard()) {
      throw new IllegalArgumentException(kind + " is not one of the four standard columns.");
    }
    ColumnType type = kind == CatalogueKind.STATUTORY ? ColumnType.NOTICE : ColumnType.REFERENCE;
    return new Catalogue(
        agencyId, null, kind.standardCode(), kind.standardName(), kind, type, kind.ordinal());
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void moveTo(Long newParentId, int newPosition) {
    this.parentId = newParentId;
    this.position = newPosition;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long agencyId() {
    return agencyId;
  }

  public Long parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public CatalogueKind kind() {
    return kind;
  }

  public ColumnType columnType() {
    return columnType;
  }

  public int position() {
    return position;
  }
}
