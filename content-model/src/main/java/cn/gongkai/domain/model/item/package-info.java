/** Disclosure items (政务信息), their review workflow, signed revisions and history. */
package cn.gongkai.domain.model.item;
