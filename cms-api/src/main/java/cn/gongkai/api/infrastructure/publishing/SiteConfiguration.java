package cn.gongkai.api.infrastructure.publishing;

import cn.gongkai.publisher.convert.ScriptStandard;
import cn.gongkai.publisher.render.SiteSettings;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.SiteIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public site's identity as configuration (gongkai.site.* / GONGKAI_SITE_*): names, codes and
 * filing numbers belong to the customer, never to a template.
 */
@ApplicationScoped
public class SiteConfiguration {
  @Inject
  @ConfigProperty(name = "gongkai.site.name")
  String name;

  @Inject
  @ConfigProperty(name = "gongkai.site.domain")
  String domain;

  @Inject
  @ConfigProperty(name = "gongkai.site.id-code")
  String idCode;

  @Inject
  @ConfigProperty(name = "gongkai.site.icp")
  String icp;

  @Inject
  @ConfigProperty(name = "gongkai.site.public-security")
  String publicSecurity;

  @Inject
  @ConfigProperty(name = "gongkai.site.host-unit")
  String hostUnit;

  @Inject
  @ConfigProperty(name = "gongkai.site.organizer-unit")
  String organizerUnit;

  @Inject
  @ConfigProperty(name = "gongkai.site.address")
  String address;

  @Inject
  @ConfigProperty(name = "gongkai.site.phone")
  String phone;

  @Inject
  @ConfigProperty(name = "gongkai.site.error-report-url")
  String errorReportUrl;

  @Inject
  @ConfigProperty(name = "gongkai.site.page-size", defaultValue = "20")
  int pageSize;

  @Inject
  @ConfigProperty(name = "gongkai.site.traditional", defaultValue = "s2t")
  String traditional;

  @Inject
  @ConfigProperty(name = "gongkai.timezone", defaultValue = "Asia/Shanghai")
  String zone;

  public SiteSettings settings() {
    SiteIdentity identity =
        new SiteIdentity(
            name,
            domain,
            idCode,
            icp,
            publicSecurity,
            hostUnit,
            organizerUnit,
            address,
            phone,
            errorReportUrl.replace("{id-code}", idCode),
            "sitemap.html",
            List.of(new Link("首页", "index.html"), new Link("网站地图", "sitemap.html")),
            List.of(new Link("中国政府网", "https://www.gov.cn/")));
    return new SiteSettings(identity, pageSize, ScriptStandard.parse(traditional), ZoneId.of(zone));
  }
}
