/**
 * Typed view models of the public site's pages; every link in them is a site-root-relative path
 * ({@code mengnuo/tzgg/index.html}) or an absolute external URL.
 */
package cn.gongkai.themes.model;
