/** The database: data source, schema migrations. */
package cn.gongkai.api.infrastructure.persistence;
