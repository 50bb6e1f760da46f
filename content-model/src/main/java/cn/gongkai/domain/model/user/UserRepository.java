package cn.gongkai.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Staff accounts. */
public interface UserRepository {
  Optional<User> findByUsername(String username);

  List<User> findAll();

  long count();

  User add(User user);
}
