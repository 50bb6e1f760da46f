/** Every error leaves the API as an RFC 9457 problem detail. */
package cn.gongkai.api.interfaces.rest.problem;
