package cn.gongkai.domain.model.publishing;

/** A publish job's progress. FAILED jobs were retried until their attempts ran out. */
public enum PublishJobState {
  PENDING,
  RUNNING,
  SUCCEEDED,
  FAILED
}
