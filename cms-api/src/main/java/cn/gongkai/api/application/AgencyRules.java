package cn.gongkai.api.application;

import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.rules.DisclosureDeadline;
import cn.gongkai.domain.rules.RuleSet;
import cn.gongkai.domain.rules.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/** The rule set each agency follows, and what it means for an item's deadlines. */
@ApplicationScoped
public class AgencyRules {
  @Inject AgencyRepository agencies;
  @Inject RuleSets ruleSets;
  @Inject HolidayCalendar calendar;

  public RuleSet ruleSet(long agencyId) {
    return agencies
        .find(agencyId)
        .map(Agency::ruleSet)
        .flatMap(ruleSets::find)
        .orElseGet(ruleSets::defaultRuleSet);
  }

  public int reviewLevels(long agencyId) {
    return ruleSet(agencyId).reviewLevels();
  }

  /**
   * The proactive-disclosure deadline, computed on every read so a calendar change (next year's
   * holidays) moves every open deadline at once. It runs from 成文日期 (or the day the item was
   * entered) and, for a revision of a published item, from the day it was changed.
   */
  public Optional<DisclosureDeadline> deadline(DisclosureItem item) {
    if (item.content().disclosure() != Disclosure.PROACTIVE) {
      return Optional.empty();
    }
    LocalDate from;
    if (item.liveRevision().isPresent()) {
      from = item.changedOn();
    } else if (item.content().writtenOn() != null) {
      from = item.content().writtenOn();
    } else {
      from = item.createdAt().toLocalDate();
    }
    return Optional.of(DisclosureDeadline.of(ruleSet(item.agencyId()), calendar.current(), from));
  }
}
