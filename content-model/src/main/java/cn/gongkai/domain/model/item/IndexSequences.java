package cn.gongkai.domain.model.item;

/**
 * Hands out index-number sequence values. Two sign-offs at once never get the same value: the
 * implementation locks the scope's row until the caller's transaction ends, and a rolled-back
 * transaction gives its value back, so a number is never skipped by a failure nor used twice.
 */
public interface IndexSequences {
  /** The next value (1, 2, 3 …) within {@code scope}, e.g. one agency's year. */
  long next(String scope);
}
