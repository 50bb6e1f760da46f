/** 索引号: each issuing body's pattern for the permanent index numbers of its disclosure items. */
package cn.gongkai.domain.indexnumber;
