package cn.gongkai.domain.model;

/** The caller edited an older version than the one stored; nothing was overwritten. */
public class StaleVersion extends DomainException {
  private final long current;

  public StaleVersion(long expected, long current) {
    super(
        "The item was changed by someone else: you sent version "
            + expected
            + " but the current version is "
            + current
            + ". Reload it, reapply your change and send the new version in If-Match.");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
