/** HTTP authentication: who is calling, as an Actor the application understands. */
package cn.gongkai.api.interfaces.rest.security;
