/** 工作日: the working-day calendar that every statutory deadline in the product is counted on. */
package cn.gongkai.domain.calendar;
