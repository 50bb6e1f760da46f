package cn.gongkai.themes.model;

import java.util.List;
import java.util.Objects;

/**
 * Who runs the site: configuration shown in every page's header, footer and meta tags.
 *
 * @param siteDomain the site's origin, e.g. {@code https://xxgk.example.gov.cn} (no trailing slash)
 * @param siteIdCode 网站标识码 (10 digits)
 * @param icpNumber ICP备案号, e.g. 闽ICP备09002779号
 * @param publicSecurityFilingNumber 公安备案号, e.g. 闽公网安备 35042302000001号
 * @param hostUnit 主办 unit
 * @param organizerUnit 承办 unit
 * @param errorReportUrl the 我为政府网站找错 address
 * @param siteMapHref the site-relative path of the 网站地图 page ({@code sitemap/index.html})
 * @param mainNavigation links of the header's main navigation
 * @param relatedLinks related sites in the footer (国家部委, 省级政府 …)
 */
public record SiteIdentity(
    String siteName,
    String siteDomain,
    String siteIdCode,
    String icpNumber,
    String publicSecurityFilingNumber,
    String hostUnit,
    String organizerUnit,
    String address,
    String phone,
    String errorReportUrl,
    String siteMapHref,
    List<Link> mainNavigation,
    List<Link> relatedLinks) {

  public SiteIdentity {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(siteDomain, "siteDomain");
    if (!siteDomain.startsWith("https://") && !siteDomain.startsWith("http://")) {
      throw new IllegalArgumentException(
          "The site domain must be an http(s) origin such as https://xxgk.example.gov.cn.");
    }
    while (siteDomain.endsWith("/")) {
      siteDomain = siteDomain.substring(0, siteDomain.length() - 1);
    }
    Objects.requireNonNull(siteIdCode, "siteIdCode");
    Objects.requireNonNull(errorReportUrl, "errorReportUrl");
    Objects.requireNonNull(siteMapHref, "siteMapHref");
    mainNavigation = List.copyOf(mainNavigation);
    relatedLinks = List.copyOf(relatedLinks);
  }

  /** The host name alone ({@code xxgk.example.gov.cn}), as the SiteDomain meta tag wants it. */
  public String host() {
    return siteDomain.substring(siteDomain.indexOf("//") + 2);
  }

  /** The digits of the 公安备案号, as the 全国互联网安全管理服务平台 query link wants them. */
  public String publicSecurityFilingCode() {
    return publicSecurityFilingNumber == null
        ? ""
        : publicSecurityFilingNumber.replaceAll("[^0-9]", "");
  }
}
