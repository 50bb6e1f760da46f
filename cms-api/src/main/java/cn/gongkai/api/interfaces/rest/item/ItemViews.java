package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.api.application.AgencyRules;
import cn.gongkai.domain.model.item.DisclosureItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Maps items to views with their deadlines as of today. */
@ApplicationScoped
public class ItemViews {
  @Inject AgencyRules rules;
  @Inject Clock clock;

  public ItemView of(DisclosureItem item) {
    return ItemView.of(item, rules.deadline(item), LocalDate.now(clock));
  }
}
