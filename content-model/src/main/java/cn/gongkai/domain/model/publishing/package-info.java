/** The publish-job outbox: what signed content still has to reach the site. */
package cn.gongkai.domain.model.publishing;
