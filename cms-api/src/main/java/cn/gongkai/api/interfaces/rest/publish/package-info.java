/** The publish-job outbox, releases and deploy targets over HTTP. */
package cn.gongkai.api.interfaces.rest.publish;
