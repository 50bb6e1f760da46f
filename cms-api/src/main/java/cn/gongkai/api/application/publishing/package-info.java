/** The publish-job runner: from signed content to a live release, crash-safe and once per job. */
package cn.gongkai.api.application.publishing;
