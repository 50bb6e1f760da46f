/**
 * Application services: one transaction per use case, the only place that combines repositories,
 * domain rules and the caller's identity. No HTTP and no SQL here.
 */
package cn.gongkai.api.application;
