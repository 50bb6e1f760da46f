/** The shape of the public site: where each page lives, and which pages a change touches. */
package cn.gongkai.publisher.site;
