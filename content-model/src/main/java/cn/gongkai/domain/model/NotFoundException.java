package cn.gongkai.domain.model;

/** The thing asked for does not exist (or is outside what the caller may see). */
public class NotFoundException extends DomainException {
  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist.");
  }
}
