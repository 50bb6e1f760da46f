/** Read-only preview of the live static site, for a person to look at what the public sees. */
package cn.gongkai.api.interfaces.web;
