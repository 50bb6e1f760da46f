/**
 * The web pages the server itself serves: the admin console (static files under /admin/ with its
 * security headers) and a read-only preview of the live static site under /site/.
 */
package cn.gongkai.api.interfaces.web;
