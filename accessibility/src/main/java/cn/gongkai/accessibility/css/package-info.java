/**
 * Just enough CSS (cascade, design tokens, colours, lengths) to check contrast and sizes
 * statically.
 */
package cn.gongkai.accessibility.css;
