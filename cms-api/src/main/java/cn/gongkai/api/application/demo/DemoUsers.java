package cn.gongkai.api.application.demo;

import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.agency.Department;
import cn.gongkai.domain.model.user.PasswordHasher;
import cn.gongkai.domain.model.user.Role;
import cn.gongkai.domain.model.user.User;
import cn.gongkai.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The demo accounts the README lists — each with the password {@code <name>-demo} — in the first
 * demo agency. They exist only in demo mode; a production start never has known passwords.
 */
@ApplicationScoped
public class DemoUsers {
  @Inject UserRepository users;
  @Inject AgencyRepository agencies;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  void create(Agency agency) {
    Department office = agencies.departments(agency.id()).get(0);
    OffsetDateTime now = OffsetDateTime.now(clock);
    add("drafter", "拟稿人（演示）", Set.of(Role.DRAFTER), null, agency, office.id(), now);
    add("reviewer1", "科室负责人（演示）", Set.of(Role.REVIEWER), 1, agency, null, now);
    add("reviewer2", "分管领导（演示）", Set.of(Role.REVIEWER), 2, agency, null, now);
    add("reviewer3", "主要领导（演示）", Set.of(Role.REVIEWER), 3, agency, null, now);
    add("office", "公开办（演示）", Set.of(Role.OFFICE), null, agency, null, now);
    add("admin", "管理员（演示）", Set.of(Role.ADMIN), null, agency, null, now);
    add("auditor", "纪委监督（演示）", Set.of(Role.AUDITOR), null, agency, null, now);
  }

  private void add(
      String name,
      String display,
      Set<Role> roles,
      Integer level,
      Agency agency,
      Long department,
      OffsetDateTime now) {
    String hash = hasher.hash((name + "-demo").toCharArray());
    users.add(new User(name, display, hash, roles, level, agency.id(), department, now));
  }
}
