/** Disclosure items over HTTP: drafting, review, withdrawal, history. */
package cn.gongkai.api.interfaces.rest.item;
