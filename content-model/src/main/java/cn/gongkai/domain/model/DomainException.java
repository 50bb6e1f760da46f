package cn.gongkai.domain.model;

/**
 * A rule of the domain was broken. Each subclass says which kind of rule, so the API can answer
 * with the right status without the domain knowing about HTTP.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
