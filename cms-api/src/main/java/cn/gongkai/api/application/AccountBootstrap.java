package cn.gongkai.api.application;

import cn.gongkai.domain.model.user.PasswordHasher;
import cn.gongkai.domain.model.user.Role;
import cn.gongkai.domain.model.user.User;
import cn.gongkai.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No default credentials outside demo mode: a production start with no accounts creates the first
 * administrator from GONGKAI_ADMIN_PASSWORD, or refuses to start.
 */
@ApplicationScoped
public class AccountBootstrap {
  static final int MIN_PASSWORD_LENGTH = 12;

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "gongkai.admin.password")
  Optional<String> adminPassword;

  @Transactional
  public void ensureAdministrator() {
    if (users.count() > 0) {
      return;
    }
    String password =
        adminPassword.orElseThrow(
            () ->
                new IllegalStateException(
                    "No accounts exist and no first administrator is configured: start once with"
                        + " GONGKAI_ADMIN_PASSWORD set (at least "
                        + MIN_PASSWORD_LENGTH
                        + " characters) to create the user 'admin', or run in demo mode"
                        + " (GONGKAI_DEMO=true)."));
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "GONGKAI_ADMIN_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    users.add(
        new User(
            "admin",
            "Administrator",
            hasher.hash(password.toCharArray()),
            Set.of(Role.ADMIN),
            null,
            null,
            null,
            OffsetDateTime.now(clock)));
  }
}
