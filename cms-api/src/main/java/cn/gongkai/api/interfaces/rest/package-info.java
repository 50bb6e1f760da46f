/**
 * The content API's REST resources: map the request, call one application service, map the result.
 */
package cn.gongkai.api.interfaces.rest;
