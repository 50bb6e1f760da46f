/** Where the content comes from: the database (JDBC, one consistent snapshot) or a JSON export. */
package cn.gongkai.publisher.source;
