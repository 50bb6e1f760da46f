package cn.gongkai.domain.model;

/** The actor is known but may not do this: wrong role, wrong level, outside its scope. */
public class PermissionDenied extends DomainException {
  public PermissionDenied(String message) {
    super(message);
  }
}
