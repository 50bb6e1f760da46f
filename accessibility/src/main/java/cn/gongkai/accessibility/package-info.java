/** Checks generated pages and editors' HTML against WCAG 2.1 AA and the 适老化 rules. */
package cn.gongkai.accessibility;
