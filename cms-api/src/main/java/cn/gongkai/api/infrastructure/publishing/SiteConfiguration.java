package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.publisher.render.SiteSettingsLoader;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public site's identity as configuration (gongkai.site.* / GONGKAI_SITE_*): names, codes and
 * filing numbers belong to the customer, never to a template. The keys and their checks are the
 * publisher's, shared with its command-line tool.
 */
@ApplicationScoped
public class SiteConfiguration {
  public SiteSettings settings() {
    var config = ConfigProvider.getConfig();
    return SiteSettingsLoader.from(key -> config.getOptionalValue(key, String.class));
  }
}
