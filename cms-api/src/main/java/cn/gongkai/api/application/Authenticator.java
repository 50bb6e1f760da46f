package cn.gongkai.api.application;

import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.PasswordHasher;
import cn.gongkai.domain.model.user.User;
import cn.gongkai.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password. A PBKDF2 check costs ~0.1 s by design, so a verified pair is
 * remembered (as a SHA-256 of both, never the password) for a few minutes; a changed or disabled
 * account drops out when the entry expires.
 */
@ApplicationScoped
public class Authenticator {
  private static final Duration REMEMBER = Duration.ofMinutes(5);

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  private record Verified(Actor actor, Instant until) {}

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Actor> authenticate(String username, String password) {
    String key = fingerprint(username, password);
    Instant now = clock.instant();
    Verified hit = verified.get(key);
    if (hit != null && hit.until().isAfter(now)) {
      return Optional.of(hit.actor());
    }
    Optional<Actor> actor =
        users
            .findByUsername(username)
            .filter(User::enabled)
            .filter(u -> hasher.verify(password.toCharArray(), u.passwordHash()))
            .map(User::asActor);
    actor.ifPresentOrElse(
        a -> verified.put(key, new Verified(a, now.plus(REMEMBER))), () -> verified.remove(key));
    return actor;
  }

  private static String fingerprint(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((username + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
