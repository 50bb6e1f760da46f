package cn.gongkai.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A member of staff who signs in. Only the password's hash is ever stored. */
@Entity
@Table(name = "app_user")
public class User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "review_level")
  private Integer reviewLevel;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "department_id")
  private Long departmentId;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected User() {}

  public User(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Integer reviewLevel,
      Long agencyId,
      Long departmentId,
      OffsetDateTime createdAt) {
    if (roles.contains(Role.REVIEWER) && (reviewLevel == null || reviewLevel < 1)) {
      throw new IllegalArgumentException("A reviewer needs a review level of 1 or more.");
    }
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.reviewLevel = reviewLevel;
    this.agencyId = agencyId;
    this.departmentId = departmentId;
    this.createdAt = createdAt;
  }

  public Actor asActor() {
    return new Actor(username, roles, reviewLevel, agencyId, departmentId);
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  public void disable() {
    this.enabled = false;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Integer reviewLevel() {
    return reviewLevel;
  }

  public Long agencyId() {
    return agencyId;
  }

  public Long departmentId() {
    return departmentId;
  }

  public boolean enabled() {
    return enabled;
  }
}
