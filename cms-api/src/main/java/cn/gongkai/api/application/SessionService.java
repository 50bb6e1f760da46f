package cn.gongkai.api.application;

import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.User;
import cn.gongkai.domain.model.user.UserRepository;
import cn.gongkai.domain.model.user.UserSession;
import cn.gongkai.domain.model.user.UserSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Sign-in sessions for the admin console: a random token in a cookie, its hash in the database. */
@ApplicationScoped
@Transactional
public class SessionService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Authenticator authenticator;
  @Inject UserSessions sessions;
  @Inject UserRepository users;
  @Inject Clock clock;

  /** A new session's token (given to the browser once) and who it is for. */
  public record Opened(String token, Actor actor) {}

  public Optional<Opened> signIn(String username, String password, String address) {
    return authenticator
        .authenticate(username, password)
        .map(
            actor -> {
              byte[] raw = new byte[32];
              RANDOM.nextBytes(raw);
              String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
              sessions.add(new UserSession(hash(token), actor.username(), address, now()));
              return new Opened(token, actor);
            });
  }

  /** The actor of a live session; a stale or unknown token gives nothing. */
  public Optional<Actor> resolve(String token) {
    OffsetDateTime now = now();
    return sessions
        .find(hash(token))
        .filter(s -> s.activeAt(now))
        .flatMap(
            s -> {
              s.touch(now);
              return users.findByUsername(s.username()).filter(User::enabled).map(User::asActor);
            });
  }

  public void signOut(String token) {
    sessions.remove(hash(token));
  }

  public int removeExpired() {
    return sessions.removeExpired(now());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
