/** Simplified to traditional Chinese for the 繁體 variants, on text only — never on URLs or codes. */
package cn.gongkai.publisher.convert;
