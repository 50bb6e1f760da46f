package cn.gongkai.publisher.render;

import cn.gongkai.publisher.convert.ScriptStandard;
import cn.gongkai.themes.model.SiteIdentity;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The site's configuration: its identity (names, codes, filing numbers, domain — never template
 * text), the list page size, the traditional standard and the time zone dates are shown in.
 */
public record SiteSettings(
    SiteIdentity identity, int pageSize, ScriptStandard standard, ZoneId zone) {
  public SiteSettings {
    Objects.requireNonNull(identity, "identity");
    if (pageSize < 5 || pageSize > 200) {
      throw new IllegalArgumentException("A list page shows 5 to 200 items, not " + pageSize + ".");
    }
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(zone, "zone");
  }
}
