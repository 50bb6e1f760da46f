package cn.gongkai.domain.indexnumber;

import java.util.ArrayList;
import java.util.List;

/** Turns the text of an index number pattern into segments, or says exactly what is wrong. */
final class PatternParser {

  /** A long fits 19 digits; 18 leaves room and no body needs more. */
  private static final int MAX_SEQUENCE_WIDTH = 18;

  private static final String KNOWN =
      "{org}, {yyyy}, {yyyymm}, {mm}, {dd}, {catalogue} and {seq:N} (N = 1 to "
          + MAX_SEQUENCE_WIDTH
          + " digits)";

  private final String pattern;
  private final List<Segment> segments = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int sequences;

  private PatternParser(String pattern) {
    this.pattern = pattern;
  }

  static List<Segment> parse(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException(
          "An index number pattern cannot be empty; e.g. {org}/{yyyy}-{seq:5}.");
    }
    PatternParser parser = new PatternParser(pattern);
    parser.run();
    return List.copyOf(parser.segments);
  }

  private void run() {
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close < 0 || pattern.substring(i + 1, close).contains("{")) {
          throw problem("the '{' at position " + (i + 1) + " is never closed");
        }
        placeholder(pattern.substring(i + 1, close), i + 1);
        i = close + 1;
      } else if (c == '}') {
        throw problem("the '}' at position " + (i + 1) + " has no matching '{'");
      } else if (IndexNumber.isSpace(c)) {
        throw problem("it contains a space at position " + (i + 1) + "; index numbers have none");
      } else {
        text.append(c);
        i++;
      }
    }
    flushText();
    if (sequences != 1) {
      throw problem(
          "it must contain exactly one sequence placeholder {seq:N}, but has " + sequences);
    }
  }

  private void placeholder(String name, int position) {
    flushText();
    if (name.equals("seq") || name.startsWith("seq:")) {
      segments.add(new Segment.Sequence(sequenceWidth(name, position)));
      sequences++;
      return;
    }
    Token token =
        Token.named(name)
            .orElseThrow(
                () ->
                    problem(
                        "{"
                            + name
                            + "} at position "
                            + position
                            + " is not a known placeholder; the placeholders are "
                            + KNOWN));
    segments.add(new Segment.Field(token));
  }

  private int sequenceWidth(String name, int position) {
    if (name.equals("seq")) {
      return 1;
    }
    String digits = name.substring("seq:".length());
    if (!digits.matches("\\d{1,2}")
        || Integer.parseInt(digits) < 1
        || Integer.parseInt(digits) > MAX_SEQUENCE_WIDTH) {
      throw problem(
          "{"
              + name
              + "} at position "
              + position
              + " must give the sequence's width as 1 to "
              + MAX_SEQUENCE_WIDTH
              + " digits, e.g. {seq:5}");
    }
    return Integer.parseInt(digits);
  }

  private void flushText() {
    if (text.length() > 0) {
      segments.add(new Segment.Text(text.toString()));
      text.setLength(0);
    }
  }

  private IllegalArgumentException problem(String what) {
    return new IllegalArgumentException(
        "The index number pattern '" + pattern + "' is not valid: " + what + ".");
  }
}
