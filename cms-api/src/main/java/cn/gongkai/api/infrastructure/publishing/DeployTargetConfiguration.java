package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.publisher.deploy.DeployTarget;
import cn.gongkai.publisher.deploy.LinkStyle;
import cn.gongkai.publisher.deploy.LocalDirectoryTarget;
import cn.gongkai.publisher.deploy.SftpSettings;
import cn.gongkai.publisher.deploy.SftpTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Deploy targets from configuration. {@code gongkai.deploy.targets=web1,mirror} names them; each
 * has {@code gongkai.deploy.<name>.type} ({@code local} or {@code sftp}) and its settings:
 *
 * <pre>
 * local: .path
 * sftp:  .host .port(22) .user .dir, .password or .private-key (+ .passphrase),
 *        .known-hosts or .fingerprint (SHA256:…), .link-style (relative|absolute)
 * </pre>
 *
 * Secrets come from the environment (GONGKAI_DEPLOY_WEB1_PASSWORD …) and are never logged.
 */
final class DeployTargetConfiguration {
  private final Config config;

  DeployTargetConfiguration(Config config) {
    this.config = config;
  }

  List<DeployTarget> targets() {
    String names = config.getOptionalValue("gongkai.deploy.targets", String.class).orElse("");
    List<DeployTarget> targets = new ArrayList<>();
    for (String name :
        Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      targets.add(target(name));
    }
    return targets;
  }

  private DeployTarget target(String name) {
    String type = required(name, "type");
    return switch (type) {
      case "local" -> new LocalDirectoryTarget(name, Path.of(required(name, "path")));
      case "sftp" -> new SftpTarget(name, sftp(name));
      default ->
          throw new IllegalStateException(
              "Deploy target " + name + " has type '" + type + "'; use local or sftp.");
    };
  }

  private SftpSettings sftp(String name) {
    return new SftpSettings(
        required(name, "host"),
        optional(name, "port").map(Integer::parseInt).orElse(22),
        required(name, "user"),
        required(name, "dir"),
        optional(name, "password"),
        optional(name, "private-key").map(Path::of),
        optional(name, "passphrase"),
        optional(name, "known-hosts").map(Path::of),
        optional(name, "fingerprint"),
        optional(name, "link-style")
            .map(s -> LinkStyle.valueOf(s.toUpperCase()))
            .orElse(LinkStyle.RELATIVE),
        Duration.ofSeconds(optional(name, "timeout-seconds").map(Long::parseLong).orElse(30L)));
  }

  private String required(String target, String key) {
    return optional(target, key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Deploy target " + target + " needs gongkai.deploy." + target + "." + key));
  }

  private Optional<String> optional(String target, String key) {
    return config.getOptionalValue("gongkai.deploy." + target + "." + key, String.class);
  }
}
