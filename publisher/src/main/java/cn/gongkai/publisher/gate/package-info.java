/**
 * The gates a publication passes before it can go live: accessibility of every rendered page,
 * screening of the content for secrecy marks and personal data, and links that lead somewhere.
 */
package cn.gongkai.publisher.gate;
