/**
 * Deploy targets: copies a release's missing segments to another directory or an SFTP server in the
 * same layout, then switches every target's {@code current} atomically, all or none.
 */
package cn.gongkai.publisher.deploy;
