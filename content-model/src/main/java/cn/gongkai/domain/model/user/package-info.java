/** Staff accounts, their roles, review levels and scope. */
package cn.gongkai.domain.model.user;
