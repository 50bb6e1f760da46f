package cn.gongkai.api.infrastructure.persistence.jpa;

/** The repositories on H2 in PostgreSQL mode, the embedded default. */
class H2RepositoryTest extends RepositoryContract {
  @Override
  TestDatabase open() {
    return TestDatabase.h2();
  }
}
