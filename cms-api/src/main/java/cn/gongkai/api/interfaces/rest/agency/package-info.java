/** Agencies, their departments, catalogue trees and disclosure guides over HTTP. */
package cn.gongkai.api.interfaces.rest.agency;
