/** 正文净化: editors' HTML reduced to the safe, accessible subset the public site may show. */
package cn.gongkai.domain.html;
