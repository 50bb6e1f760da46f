/** The demo content: the customer's five seed documents as real, reviewed items. */
package cn.gongkai.api.application.demo;
