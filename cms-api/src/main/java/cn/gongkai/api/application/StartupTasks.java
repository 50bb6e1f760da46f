package cn.gongkai.api.application;

import cn.gongkai.api.application.demo.DemoContent;
import cn.gongkai.api.config.GongkaiConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What runs once the schema is current: demo content (demo mode, empty database) or the first
 * administrator (production), then the search index catches up with the database and the publish
 * job runner starts (picking up whatever a previous run left unfinished).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupTasks {
  @Inject GongkaiConfig config;
  @Inject DemoContent demo;
  @Inject AccountBootstrap accounts;
  @Inject SearchIndexer indexer;
  @Inject cn.gongkai.api.application.publishing.JobRunner jobRunner;

  @PostConstruct
  void start() {
    if (config.demo()) {
      demo.loadIntoEmptyDatabase();
    }
    accounts.ensureAdministrator();
    indexer.rebuildIfStale();
    jobRunner.start();
  }
}
