package cn.gongkai.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 科室: a department inside an agency; a drafter writes for exactly one. */
@Entity
@Table(name = "department")
public class Department {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_id", nullable = false)
  private long agencyId;

  @Column(nullable = false)
  private String name;

  protected Department() {}

  public Department(long agencyId, String name) {
    this.agencyId = agencyId;
    this.name = name;
  }

  public Long id() {
    return id;
  }

  public long agencyId() {
    return agencyId;
  }

  public String name() {
    return name;
  }
}
