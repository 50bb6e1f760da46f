package cn.gongkai.api.application;

import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.domain.model.item.WithholdGround;
import java.time.LocalDate;

/** What a drafter sends for an item, already parsed into domain types by the caller. */
public record ItemInput(
    long catalogueId,
    String title,
    String summary,
    String body,
    String documentNumber,
    LocalDate writtenOn,
    Disclosure disclosure,
    WithholdGround withholdGround,
    String keywords,
    Validity validity,
    String sourceName,
    String sourceUrl) {}
