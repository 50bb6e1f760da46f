/** The application's settings (MicroProfile Config), readable from every layer. */
package cn.gongkai.api.config;
