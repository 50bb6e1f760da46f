package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.publisher.render.SiteSettingsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The site's identity from a properties file in UTF-8 with the server's keys ({@code
 * gongkai.site.name} …), or the demo identity when none is given.
 */
final class SiteConfig {
  static final String DEMO = "demo-site.properties";

  private SiteConfig() {}

  /**
   * @throws IllegalArgumentException if a required key is missing or a value is wrong
   */
  static SiteSettings load(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(in);
      return SiteSettingsLoader.fromProperties(properties);
    }
  }

  static SiteSettings demo() {
    try (InputStream in = SiteConfig.class.getResourceAsStream(DEMO)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return SiteSettingsLoader.fromProperties(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo site identity is missing", e);
    }
  }
}
