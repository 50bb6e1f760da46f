package cn.gongkai.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One site identity for every build of a benchmark — the command-line build reads it as a
 * properties file, the server as environment variables — so the server's incremental pages match
 * the full build's.
 */
final class SiteIdentity {
  private static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("gongkai.site.name", "政府信息公开平台（基准测试）");
    KEYS.put("gongkai.site.domain", "https://xxgk.example.gov.cn");
    KEYS.put("gongkai.site.id-code", "0000000000");
    KEYS.put("gongkai.site.icp", "演示ICP备00000000号");
    KEYS.put("gongkai.site.public-security", "演示公网安备00000000000000号");
    KEYS.put("gongkai.site.host-unit", "示范市人民政府办公室");
    KEYS.put("gongkai.site.organizer-unit", "示范市数字政府建设中心");
    KEYS.put("gongkai.site.address", "示范市政府路 1 号");
    KEYS.put("gongkai.site.phone", "0000-0000000");
    KEYS.put("gongkai.site.page-size", "20");
    KEYS.put("gongkai.site.traditional", "s2t");
    KEYS.put("gongkai.timezone", "Asia/Shanghai");
  }

  /** As environment variables, named the MicroProfile Config way (GONGKAI_SITE_ID_CODE …). */
  static final Map<String, String> ENV = env();

  private SiteIdentity() {}

  static String properties() {
    StringBuilder out = new StringBuilder("# The benchmark's site identity (UTF-8).\n");
    KEYS.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
    return out.toString();
  }

  private static Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    KEYS.forEach((k, v) -> env.put(k.toUpperCase().replaceAll("[^A-Z0-9]", "_"), v));
    return Map.copyOf(env);
  }
}
