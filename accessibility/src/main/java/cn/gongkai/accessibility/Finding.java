package cn.gongkai.accessibility;

import java.util.Objects;

/**
 * One problem found on one page.
 *
 * @param rule the rule's id, e.g. {@code image-alt}
 * @param criterion the success criterion it rests on, e.g. {@code WCAG 2.1 1.1.1} or {@code 适老化 …}
 * @param severity whether it blocks publication
 * @param page the page's path relative to the site root, or a label for a fragment
 * @param selector a CSS selector locating the element
 * @param message what is wrong, in one sentence
 * @param fix what a person should do about it
 */
public record Finding(
    String rule,
    String criterion,
    Severity severity,
    String page,
    String selector,
    String message,
    String fix) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
