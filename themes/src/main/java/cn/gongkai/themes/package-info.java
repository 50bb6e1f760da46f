/**
 * The default government theme: renders typed page models to accessible static HTML in four
 * variants.
 */
package cn.gongkai.themes;
