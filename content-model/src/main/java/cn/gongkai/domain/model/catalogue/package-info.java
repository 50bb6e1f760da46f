/** Catalogue trees (公开目录) and the four standard columns. */
package cn.gongkai.domain.model.catalogue;
