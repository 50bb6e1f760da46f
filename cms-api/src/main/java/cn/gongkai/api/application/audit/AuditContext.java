package cn.gongkai.api.application.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the use case of the current request touched, for its audit entry: the target and the
 * fingerprints of its content before and after. Services fill it in; the request's audit entry is
 * written when the response is known.
 */
@RequestScoped
public class AuditContext {
  private String targetType;
  private String targetId;
  private String beforeHash;
  private String afterHash;

  public void target(String type, Object id) {
    this.targetType = type;
    this.targetId = id == null ? null : id.toString();
  }

  public void change(String before, String after) {
    if (beforeHash == null) {
      beforeHash = before;
    }
    afterHash = after;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String beforeHash() {
    return beforeHash;
  }

  public String afterHash() {
    return afterHash;
  }
}
