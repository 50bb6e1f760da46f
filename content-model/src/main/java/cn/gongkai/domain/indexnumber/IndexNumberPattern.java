package cn.gongkai.domain.indexnumber;

import java.util.List;
import java.util.Objects;

/**
 * 索引号规则: an issuing body's pattern for its index numbers. There is no national format, so each body
 * configures its own from placeholders and literal text, e.g. {@code {org}/{yyyy}-{seq:5}} gives
 * {@code 000014349/2017-00110}.
 *
 * <p>Placeholders: {@code {org}} the organisation code, {@code {yyyy}}, {@code {yyyymm}}, {@code
 * {mm}}, {@code {dd}} from the assignment date, {@code {catalogue}} the catalogue code, and exactly
 * one {@code {seq:N}}, the sequence zero-padded to N digits (a longer sequence keeps all its
 * digits: numbers are never cut, so never repeated).
 *
 * <p>The sequence counts within a {@linkplain #sequenceScope scope}: the number with the sequence
 * left out. Whatever date placeholders the pattern has decide when it restarts: {@code
 * {org}/{yyyy}-{seq:5}} restarts each year, a pattern without a date never does. Immutable.
 */
public final class IndexNumberPattern {

  private final String pattern;
  private final List<Segment> segments;

  private IndexNumberPattern(String pattern, List<Segment> segments) {
    this.pattern = pattern;
    this.segments = segments;
  }

  /**
   * @throws IllegalArgumentException saying what is wrong: an unknown placeholder, no or several
   *     {@code {seq}}, an unclosed brace, a space
   */
  public static IndexNumberPattern parse(String pattern) {
    return new IndexNumberPattern(pattern, PatternParser.parse(pattern));
  }

  /**
   * The index number for {@code sequence} (1, 2, 3 …) within the context's scope.
   *
   * @throws IllegalArgumentException if the result is not a valid {@link IndexNumber}, or the
   *     pattern needs a catalogue code the context lacks
   */
  public String format(IndexNumberContext ctx, long sequence) {
    Objects.requireNonNull(ctx, "ctx");
    if (sequence < 1) {
      throw new IllegalArgumentException(
          "Index number sequences start at 1, not " + sequence + ".");
    }
    return new IndexNumber(render(ctx, sequence)).value();
  }

  /**
   * The key the sequence counts within: the index number with the sequence left out, e.g. {@code
   * 000014349/2017-} for {@code {org}/{yyyy}-{seq:5}}. Two assignments with the same scope share
   * one counter; keep counters per issuing body as well if the pattern has no {@code {org}}.
   */
  public String sequenceScope(IndexNumberContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    return render(ctx, null);
  }

  private String render(IndexNumberContext ctx, Long sequence) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Segment.Text text) {
        out.append(text.text());
      } else if (segment instanceof Segment.Field field) {
        out.append(field.token().fill(ctx));
      } else if (segment instanceof Segment.Sequence slot && sequence != null) {
        out.append(padded(sequence, slot.width()));
      }
    }
    return out.toString();
  }

  private static String padded(long sequence, int width) {
    String digits = Long.toString(sequence);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** The pattern as written, e.g. {@code {org}/{yyyy}-{seq:5}}. */
  public String pattern() {
    return pattern;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexNumberPattern other && other.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
