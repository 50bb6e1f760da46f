package cn.gongkai.domain.model.agency;

import java.util.List;
import java.util.Optional;

/** Issuing bodies and their departments. */
public interface AgencyRepository {
  Optional<Agency> find(long id);

  Optional<Agency> findBySlug(String slug);

  Optional<Agency> findByOrgCode(OrgCode code);

  List<Agency> findAll();

  Agency add(Agency agency);

  Department addDepartment(Department department);

  List<Department> departments(long agencyId);

  Optional<Department> findDepartment(long id);
}
