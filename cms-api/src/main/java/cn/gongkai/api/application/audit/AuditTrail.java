package cn.gongkai.api.application.audit;

import cn.gongkai.domain.model.audit.AuditEntry;
import cn.gongkai.domain.model.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes audit entries in their own transaction: a refused or failed action is recorded as such
 * even though the action's own transaction rolled back.
 */
@ApplicationScoped
public class AuditTrail {
  @Inject AuditLog log;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(AuditEntry entry) {
    log.append(entry);
  }
}
