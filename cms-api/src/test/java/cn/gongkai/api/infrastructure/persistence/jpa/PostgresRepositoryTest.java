package cn.gongkai.api.infrastructure.persistence.jpa;

/** The repositories on PostgreSQL, the production database (and what Kingbase speaks). */
class PostgresRepositoryTest extends RepositoryContract {
  @Override
  TestDatabase open() {
    return TestDatabase.postgres();
  }
}
