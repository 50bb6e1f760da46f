package cn.gongkai.publisher.content;

/** An issuing body as the site shows it. */
public record AgencyEntry(long id, String slug, String name, String orgCode) {}
