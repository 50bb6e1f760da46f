/**
 * The theme's Pebble extension: link, date, size and QR helpers, and the SafeHtml-only raw filter.
 */
package cn.gongkai.themes.pebble;
