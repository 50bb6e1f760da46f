/** Password hashing. */
package cn.gongkai.api.infrastructure.security;
