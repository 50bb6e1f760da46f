package cn.gongkai.domain.model.user;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Signed-in sessions, by the hash of their token. */
public interface UserSessions {
  void add(UserSession session);

  Optional<UserSession> find(String tokenHash);

  void remove(String tokenHash);

  /** Removes sessions that ended before {@code now}. */
  int removeExpired(OffsetDateTime now);
}
