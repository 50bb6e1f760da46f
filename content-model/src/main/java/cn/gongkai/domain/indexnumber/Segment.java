package cn.gongkai.domain.indexnumber;

/** One piece of a parsed index number pattern. */
sealed interface Segment {

  /** Literal text, copied as it is. */
  record Text(String text) implements Segment {}

  /** A placeholder filled from the context. */
  record Field(Token token) implements Segment {}

  /** The sequence, zero-padded to {@code width} digits and never cut. */
  record Sequence(int width) implements Segment {}
}
