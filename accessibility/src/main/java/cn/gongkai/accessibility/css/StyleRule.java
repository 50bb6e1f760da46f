package cn.gongkai.accessibility.css;

import java.util.List;
import org.jsoup.select.Evaluator;

/**
 * One selector of a style rule with the rule's declarations ({@code a, b {…}} makes two).
 *
 * @param specificity packed as {@code ids << 16 | classes << 8 | types}
 */
record StyleRule(
    String selector, Evaluator matcher, int specificity, List<Declaration> declarations) {}
