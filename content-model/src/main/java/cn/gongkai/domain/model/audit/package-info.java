/** The append-only audit log: who did what, when and from where, chained so edits show. */
package cn.gongkai.domain.model.audit;
