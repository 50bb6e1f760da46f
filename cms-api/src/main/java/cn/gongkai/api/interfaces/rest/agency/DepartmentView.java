package cn.gongkai.api.interfaces.rest.agency;

import cn.gongkai.domain.model.agency.Department;

/** A department (科室) of an agency. */
public record DepartmentView(long id, long agencyId, String name) {
  public static DepartmentView of(Department d) {
    return new DepartmentView(d.id(), d.agencyId(), d.name());
  }

  /** Adding a department. */
  public record Request(String name) {}
}
