package cn.gongkai.publisher.render;

import cn.gongkai.publisher.convert.ScriptStandard;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.SiteIdentity;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads {@link SiteSettings} from configuration keys — the server's {@code gongkai.site.*} and
 * {@code gongkai.timezone} — so the CMS (MicroProfile Config) and the command line (a properties
 * file) configure a site the same way. Identity keys are required: a government site's names and
 * filing numbers never come from a default.
 */
public final class SiteSettingsLoader {
  public static final String PREFIX = "gongkai.site.";

  /** The keys every site must set, after {@link #PREFIX}. */
  public static final List<String> REQUIRED =
      List.of(
          "name",
          "domain",
          "id-code",
          "icp",
          "public-security",
          "host-unit",
          "organizer-unit",
          "address",
          "phone");

  /** The national 我为政府网站找错 platform; {@code {id-code}} becomes the site's 网站标识码. */
  public static final String NATIONAL_ERROR_REPORT =
      "https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?sitecode={id-code}";

  private SiteSettingsLoader() {}

  /**
   * @throws IllegalArgumentException naming every required key that is missing, or the bad value
   */
  public static SiteSettings fromProperties(Properties properties) {
    return from(key -> Optional.ofNullable(properties.getProperty(key)));
  }

  /**
   * @param lookup a configuration key's value, if set (e.g. {@code key ->
   *     config.getOptionalValue(key, String.class)})
   */
  public static SiteSettings from(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> value =
        key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    List<String> missing = new ArrayList<>();
    for (String key : REQUIRED) {
      if (value.apply(PREFIX + key).isEmpty()) {
        missing.add(PREFIX + key);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "The site configuration lacks " + String.join(", ", missing) + ".");
    }
    Function<String, String> site = key -> value.apply(PREFIX + key).orElseThrow();
    String idCode = site.apply("id-code");
    SiteIdentity identity =
        new SiteIdentity(
            site.apply("name"),
            site.apply("domain"),
            idCode,
            site.apply("icp"),
            site.apply("public-security"),
            site.apply("host-unit"),
            site.apply("organizer-unit"),
            site.apply("address"),
            site.apply("phone"),
            value
                .apply(PREFIX + "error-report-url")
                .orElse(NATIONAL_ERROR_REPORT)
                .replace("{id-code}", idCode),
            "sitemap.html",
            List.of(new Link("首页", "index.html"), new Link("网站地图", "sitemap.html")),
            List.of(new Link("中国政府网", "https://www.gov.cn/")));
    return new SiteSettings(
        identity,
        pageSize(value.apply(PREFIX + "page-size").orElse("20")),
        ScriptStandard.parse(value.apply(PREFIX + "traditional").orElse("s2t")),
        zone(value.apply("gongkai.timezone").orElse("Asia/Shanghai")));
  }

  private static int pageSize(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PREFIX + "page-size must be a number, not '" + text + "'.");
    }
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "gongkai.timezone must be a time zone such as Asia/Shanghai, not '" + text + "'.");
    }
  }
}
