package cn.gongkai.accessibility;

/**
 * One accessibility rule. A rule is stateless and thread-safe: the checker shares one instance
 * across every page and thread, parses each page once and hands every rule the same parsed page. It
 * walks the page's DOM (never the HTML text) and adds what it finds.
 */
@FunctionalInterface
public interface Rule {

  void check(Page page, Findings findings);
}
