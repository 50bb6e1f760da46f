/** 规则集: the deadlines, review levels and quotas that differ between regulations and bodies. */
package cn.gongkai.domain.rules;
