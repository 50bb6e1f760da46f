package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.publisher.Publisher;
import cn.gongkai.publisher.deploy.MultiTargetDeployer;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.themes.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one publisher of this server: the default theme, the release store under {@code <data>/site}
 * (whose {@code current} is the live web root) and the configured targets.
 */
@ApplicationScoped
public class PublisherProducer {
  @Inject GongkaiConfig config;
  @Inject SiteConfiguration site;
  @Inject FileAttachmentStore attachments;

  @Produces
  @Singleton
  Publisher publisher() {
    try {
      ReleaseStore store = ReleaseStore.open(config.dataDir().resolve("site"));
      var targets = new DeployTargetConfiguration(ConfigProvider.getConfig()).targets();
      return new Publisher(
          site.settings(),
          Theme.defaultTheme(),
          store,
          new MultiTargetDeployer(store, targets),
          attachments);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the release store", e);
    }
  }
}
