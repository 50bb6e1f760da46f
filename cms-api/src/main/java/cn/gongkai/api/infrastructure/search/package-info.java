/** Full-text search over items with Apache Lucene. */
package cn.gongkai.api.infrastructure.search;
