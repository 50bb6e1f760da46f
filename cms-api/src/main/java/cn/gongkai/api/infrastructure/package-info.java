/** Adapters to the outside world: database, files, search, content inspection, publishing. */
package cn.gongkai.api.infrastructure;
