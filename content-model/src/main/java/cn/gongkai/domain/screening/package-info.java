/** 上网前筛查: finds secrecy markings and personal data that must never reach the public site. */
package cn.gongkai.domain.screening;
