package cn.gongkai.accessibility.css;

/**
 * One {@code property: value} pair. Property names are lower-cased except custom properties ({@code
 * --gk-colour-text}), which are case-sensitive.
 *
 * @param order the declaration's position in its sheet: later wins among equals
 */
public record Declaration(String property, String value, boolean important, int order) {}
