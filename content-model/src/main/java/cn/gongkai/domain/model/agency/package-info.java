/** Issuing bodies (发布机构) and their departments. */
package cn.gongkai.domain.model.agency;
