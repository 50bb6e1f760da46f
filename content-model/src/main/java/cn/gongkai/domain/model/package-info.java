/**
 * The disclosure domain's aggregates and the rules they keep, free of any framework but JPA
 * mapping.
 */
package cn.gongkai.domain.model;
