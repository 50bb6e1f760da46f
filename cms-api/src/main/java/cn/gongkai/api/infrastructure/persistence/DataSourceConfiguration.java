package cn.gongkai.api.infrastructure.persistence;

import cn.gongkai.api.config.GongkaiConfig;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's database, configured through MicroProfile Config: the defaults (H2 under
 * ./data) are in META-INF/microprofile-config.properties and environment variables such as
 * GONGKAI_DB_URL override them.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "cn.gongkai.api.infrastructure.persistence.GongkaiDataSource",
    url = "${MPCONFIG=gongkai.db.url}",
    user = "${MPCONFIG=gongkai.db.user}",
    password = "${MPCONFIG=gongkai.db.password}",
    minPoolSize = 2,
    maxPoolSize = 20)
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = GongkaiConfig.DATASOURCE;
}
