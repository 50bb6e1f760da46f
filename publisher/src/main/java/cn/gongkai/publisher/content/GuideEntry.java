package cn.gongkai.publisher.content;

import java.time.OffsetDateTime;

/** The current version of an agency's disclosure guide (公开指南). */
public record GuideEntry(
    long agencyId,
    int version,
    String classification,
    String howToObtain,
    String officeName,
    String officeAddress,
    String officeHours,
    String phone,
    String fax,
    String email,
    String website,
    String body,
    OffsetDateTime updatedAt) {}
