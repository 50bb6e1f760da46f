/** Recording and reading the audit log. */
package cn.gongkai.api.application.audit;
