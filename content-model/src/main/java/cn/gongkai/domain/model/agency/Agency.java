package cn.gongkai.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * 发布机构: an issuing body — a township, county bureau or city bureau — with its own catalogue, guide,
 * index-number pattern and the rule set (national-2019 by default) its deadlines follow.
 */
@Entity
@Table(name = "agency")
public class Agency {
  /** The agency's part of every public URL: lower-case letters, digits and hyphens. */
  public static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private String slug;

  @Embedded private OrgCode orgCode;

  @Column(nullable = false)
  private String name;

  @Column(name = "rule_set", nullable = false)
  private String ruleSet;

  @Column(name = "index_pattern", nullable = false)
  private String indexPattern;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Agency() {}

  public Agency(
      String slug,
      OrgCode orgCode,
      String name,
      String ruleSet,
      String indexPattern,
      OffsetDateTime createdAt) {
    this.slug = slug;
    this.orgCode = orgCode;
    this.name = name;
    this.ruleSet = ruleSet;
    this.indexPattern = indexPattern;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String slug() {
    return slug;
  }

  public OrgCode orgCode() {
    return orgCode;
  }

  public String name() {
    return name;
  }

  public String ruleSet() {
    return ruleSet;
  }

  public String indexPattern() {
    return indexPattern;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
