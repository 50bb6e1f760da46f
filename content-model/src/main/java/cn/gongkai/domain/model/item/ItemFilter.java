package cn.gongkai.domain.model.item;

import java.util.Set;

/**
 * Which items a list shows. Null fields do not filter. {@code ids} restricts to a set (the hits of
 * a full-text query); {@code departmentId} is the caller's own scope for department-bound drafters.
 */
public record ItemFilter(
    ItemState state, Long agencyId, Long catalogueId, Long departmentId, Set<Long> ids) {
  public static ItemFilter all() {
    return new ItemFilter(null, null, null, null, null);
  }
}
