/** JPA (EclipseLink) implementations of the domain's repositories. */
package cn.gongkai.api.infrastructure.persistence.jpa;
