package cn.gongkai.api.application;

import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.domain.rules.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;

/** Produces the domain's stateless services once per application. */
@ApplicationScoped
public class DomainServices {
  /** The bundled rule sets plus any an administrator put in {@code <data>/rulesets}. */
  @Produces
  @Singleton
  RuleSets ruleSets(GongkaiConfig config) {
    Path extra = config.dataDir().resolve("rulesets");
    return Files.isDirectory(extra) ? RuleSets.bundled().withDirectory(extra) : RuleSets.bundled();
  }
}
