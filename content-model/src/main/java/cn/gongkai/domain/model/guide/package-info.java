/** The disclosure guide (公开指南), versioned. */
package cn.gongkai.domain.model.guide;
