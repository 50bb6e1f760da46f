package cn.gongkai.api.application;

import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemRepository;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which items a caller may see: admins all, everyone else their own agency's, and a drafter bound
 * to a department only that department's. An item outside the scope answers as if it did not exist,
 * so ids of other agencies' drafts leak nothing.
 */
@ApplicationScoped
public class ItemScope {
  @Inject ItemRepository items;

  public DisclosureItem visible(long id, Actor actor) {
    return items
        .find(id)
        .filter(item -> canSee(item, actor))
        .orElseThrow(() -> new NotFoundException("Item", id));
  }

  public boolean canSee(DisclosureItem item, Actor actor) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (!actor.inAgency(item.agencyId())) {
      return false;
    }
    return !departmentBound(actor) || actor.inDepartment(item.agencyId(), item.departmentId());
  }

  /** Narrows a requested filter to what the caller may see. */
  public ItemFilter narrow(ItemFilter requested, Actor actor) {
    if (actor.has(Role.ADMIN)) {
      return requested;
    }
    Long agency = actor.agencyId();
    if (requested.agencyId() != null && !requested.agencyId().equals(agency)) {
      agency = -1L; // another agency's items: an empty list, not an error
    }
    Long department = departmentBound(actor) ? actor.departmentId() : requested.departmentId();
    return new ItemFilter(
        requested.state(), agency, requested.catalogueId(), department, requested.ids());
  }

  /** Drafters with a department see only it; reviewers, office and auditors see the agency. */
  private static boolean departmentBound(Actor actor) {
    return actor.departmentId() != null
        && actor.has(Role.DRAFTER)
        && !actor.has(Role.REVIEWER)
        && !actor.has(Role.OFFICE)
        && !actor.has(Role.AUDITOR);
  }
}
