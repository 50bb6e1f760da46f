package cn.gongkai.publisher.gate;

/**
 * Something a gate found. Blocking findings stop the publication; warnings are reported in the
 * publish job for a person to look at.
 *
 * @param gate accessibility, screening or links
 * @param page the site path (with its variant prefix) or the item it concerns
 * @param rule the rule's id (a checker rule, a screening kind, "dead-link")
 * @param criterion the standard it comes from (WCAG 2.1 1.1.1, 适老化, 条例 …), if any
 * @param selector where in the page, as a CSS selector, if known
 */
public record GateFinding(
    String gate,
    boolean blocking,
    String page,
    String rule,
    String criterion,
    String selector,
    String message,
    String fix) {}
