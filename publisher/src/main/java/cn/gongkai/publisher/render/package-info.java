/**
 * Rendering: page models built from the content snapshot, rendered by the theme in four variants,
 * and the XML files (feeds, sitemaps) beside them. Renderers return what they wrote.
 */
package cn.gongkai.publisher.render;
