package cn.gongkai.publisher.render;

import cn.gongkai.publisher.convert.HtmlTextConverter;
import cn.gongkai.publisher.convert.ScriptConverter;
import cn.gongkai.themes.Labels;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.Link;
import cn.gongkai.themes.model.SiteIdentity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One of the two scripts the site is written in, with everything that differs between them: how
 * text is turned into it, the labels, the site identity, and the two variants (standard and 适老)
 * that share it. Short strings (names, titles) are converted once per publication and cached.
 */
public final class Script {
  private static final int CACHE_LIMIT = 200_000;

  private final boolean traditional;
  private final UnaryOperator<String> converter;
  private final HtmlTextConverter html;
  private final Labels labels;
  private final SiteIdentity identity;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private Script(
      boolean traditional, UnaryOperator<String> converter, Labels labels, SiteIdentity identity) {
    this.traditional = traditional;
    this.converter = converter;
    this.html = new HtmlTextConverter(this::text);
    this.labels = traditional ? labels.convert(converter) : labels;
    this.identity = traditional ? convert(identity) : identity;
  }

  public static Script simplified(Labels labels, SiteIdentity identity) {
    return new Script(false, UnaryOperator.identity(), labels, identity);
  }

  public static Script traditional(
      ScriptConverter converter, Labels labels, SiteIdentity identity) {
    return new Script(true, converter, labels, identity);
  }

  public List<Variant> variants() {
    return List.of(Variant.of(false, traditional), Variant.of(true, traditional));
  }

  public boolean traditional() {
    return traditional;
  }

  /** Plain text in this script; null stays null. */
  public String text(String simplified) {
    if (!traditional || simplified == null || simplified.isEmpty()) {
      return simplified;
    }
    if (simplified.length() > 200 || cache.size() > CACHE_LIMIT) {
      return converter.apply(simplified);
    }
    return cache.computeIfAbsent(simplified, converter);
  }

  /** Sanitised HTML in this script: text nodes only, never URLs. */
  public String html(String simplifiedHtml) {
    return traditional ? html.convert(simplifiedHtml) : simplifiedHtml;
  }

  public Labels labels() {
    return labels;
  }

  public SiteIdentity identity() {
    return identity;
  }

  private SiteIdentity convert(SiteIdentity s) {
    return new SiteIdentity(
        text(s.siteName()),
        s.siteDomain(),
        s.siteIdCode(),
        text(s.icpNumber()),
        text(s.publicSecurityFilingNumber()),
        text(s.hostUnit()),
        text(s.organizerUnit()),
        text(s.address()),
        s.phone(),
        s.errorReportUrl(),
        s.siteMapHref(),
        links(s.mainNavigation()),
        links(s.relatedLinks()));
  }

  private List<Link> links(List<Link> links) {
    return links.stream().map(l -> new Link(text(l.text()), l.href())).toList();
  }
}
