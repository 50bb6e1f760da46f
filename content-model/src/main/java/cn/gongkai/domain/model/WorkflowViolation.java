package cn.gongkai.domain.model;

/** The action is not allowed in the item's current state (for example approving a draft). */
public class WorkflowViolation extends DomainException {
  public WorkflowViolation(String message) {
    super(message);
  }
}
