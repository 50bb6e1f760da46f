/** The accessibility rules, one class each, and the standard rule sets. */
package cn.gongkai.accessibility.rules;
