package cn.gongkai.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A signed-in session of the admin console. Only a hash of its token is stored, so a copy of the
 * database does not let anyone sign in. It ends after {@link #IDLE} without use, and at the latest
 * {@link #ABSOLUTE} after sign-in.
 */
@Entity
@Table(name = "user_session")
public class UserSession {
  public static final Duration IDLE = Duration.ofMinutes(30);
  public static final Duration ABSOLUTE = Duration.ofHours(8);

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(nullable = false)
  private String username;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private OffsetDateTime lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  protected UserSession() {}

  public UserSession(String tokenHash, String username, String remoteAddress, OffsetDateTime now) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.remoteAddress = remoteAddress;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(ABSOLUTE);
  }

  public boolean activeAt(OffsetDateTime now) {
    return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(IDLE));
  }

  /** Records use; written at most once a minute, so sessions do not cost a write per request. */
  public boolean touch(OffsetDateTime now) {
    if (Duration.between(lastSeenAt, now).compareTo(Duration.ofMinutes(1)) < 0) {
      return false;
    }
    lastSeenAt = now;
    return true;
  }

  public String username() {
    return username;
  }

  public String tokenHash() {
    return tokenHash;
  }
}
