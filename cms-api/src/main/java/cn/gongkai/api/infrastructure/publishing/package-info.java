/** The publisher wired to this server: site settings, release store, deploy targets, files. */
package cn.gongkai.api.infrastructure.publishing;
