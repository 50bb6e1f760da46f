/**
 * Immutable releases of the static site: a content-addressed tree of directory segments, an atomic
 * switch of {@code current}, one-call rollback and garbage collection of what no kept release
 * reaches.
 */
package cn.gongkai.publisher.release;
