package cn.gongkai.themes;

import cn.gongkai.themes.model.PageFrame;
import cn.gongkai.themes.model.SiteIdentity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the templates know about the page being rendered besides its content: the frame and what
 * follows from it (links from this page, the page in the other variants). Templates receive it as
 * {@code ctx}, and every component macro takes it as its first argument, because Pebble macros do
 * not see the page's variables.
 */
public final class PageContext {

  private final PageFrame frame;
  private final PageLinks links;
  private final List<VariantLink> versions;

  private PageContext(PageFrame frame, boolean absoluteLinks) {
    this.frame = frame;
    this.links =
        new PageLinks(frame.site().siteDomain(), frame.variant(), frame.path(), absoluteLinks);
    List<VariantLink> all = new ArrayList<>(4);
    for (Variant variant : Variant.values()) {
      all.add(
          new VariantLink(
              variant,
              links.counterpart(variant),
              links.absoluteUrl(variant),
              variant == frame.variant()));
    }
    this.versions = List.copyOf(all);
  }

  /** The context of a page whose links are relative to its own path. */
  public static PageContext of(PageFrame frame) {
    return new PageContext(frame, false);
  }

  /** The context of a page that a server may answer at any URL, which links absolutely. */
  public static PageContext withAbsoluteLinks(PageFrame frame) {
    return new PageContext(frame, true);
  }

  public PageFrame frame() {
    return frame;
  }

  public SiteIdentity site() {
    return frame.site();
  }

  public Labels labels() {
    return frame.labels();
  }

  public Variant variant() {
    return frame.variant();
  }

  /** The page's absolute URL (the Url meta tag and the QR code). */
  public String absoluteUrl() {
    return links.absoluteUrl(frame.variant());
  }

  /** This page in all four variants, the current one marked. */
  public List<VariantLink> versions() {
    return versions;
  }

  /** This page in the three other variants. */
  public List<VariantLink> alternates() {
    return versions.stream().filter(version -> !version.current()).toList();
  }

  /** The 简体 / 繁體 switch: this page in both scripts of the current mode. */
  public List<VariantLink> scripts() {
    Variant simplified = Variant.of(frame.variant().elderly(), false);
    return List.of(version(simplified), version(simplified.otherScript()));
  }

  /** This page in the other mode: 进入适老模式 on standard pages, 退出适老模式 on elderly ones. */
  public VariantLink otherMode() {
    return version(frame.variant().otherMode());
  }

  /**
   * The voice for read-aloud: Mandarin for simplified pages, Cantonese (Hong Kong) for traditional.
   */
  public String speechLang() {
    return frame.variant().traditional() ? "zh-HK" : "zh-CN";
  }

  /** A link to a site-root-relative path in this page's variant. */
  public String href(String target) {
    return links.href(target);
  }

  /** A link to a theme asset at the site root. */
  public String asset(String assetPath) {
    return links.asset(assetPath);
  }

  private VariantLink version(Variant variant) {
    return versions.get(variant.ordinal());
  }
}
