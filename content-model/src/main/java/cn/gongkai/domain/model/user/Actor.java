package cn.gongkai.domain.model.user;

import java.util.Set;

/**
 * Who is acting: a signed-in user reduced to what the rules need — roles, review level and scope
 * (agency and, for drafters, department).
 */
public record Actor(
    String username, Set<Role> roles, Integer reviewLevel, Long agencyId, Long departmentId) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Admins act across agencies; everyone else only inside their own. */
  public boolean inAgency(long agency) {
    return has(Role.ADMIN) || (agencyId != null && agencyId == agency);
  }

  /** A drafter bound to a department sees only that department's items. */
  public boolean inDepartment(long agency, Long department) {
    if (!inAgency(agency)) {
      return false;
    }
    return departmentId == null || department == null || departmentId.equals(department);
  }
}
