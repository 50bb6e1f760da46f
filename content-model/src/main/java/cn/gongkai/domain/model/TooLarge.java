package cn.gongkai.domain.model;

/** Input over a size limit (an attachment, a request body); nothing of it was kept. */
public class TooLarge extends DomainException {
  public TooLarge(String message) {
    super(message);
  }
}
