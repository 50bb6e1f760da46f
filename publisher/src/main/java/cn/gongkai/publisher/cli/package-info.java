/** The publisher on the command line: full builds from a database or a JSON export, rollback. */
package cn.gongkai.publisher.cli;
