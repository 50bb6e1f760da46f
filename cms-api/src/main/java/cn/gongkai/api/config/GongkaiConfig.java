package cn.gongkai.api.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings the application reads, with their defaults in microprofile-config.properties. */
@ApplicationScoped
public class GongkaiConfig {
  /** The application's data source (defined in infrastructure.persistence). */
  public static final String DATASOURCE = "java:app/jdbc/gongkai";

  @Inject
  @ConfigProperty(name = "gongkai.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "gongkai.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "gongkai.timezone", defaultValue = "Asia/Shanghai")
  String timezone;

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public boolean demo() {
    return demo;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  /** Dates in the domain (成文日期, deadlines) are China's calendar dates, whatever the host's zone. */
  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(zone());
  }
}
