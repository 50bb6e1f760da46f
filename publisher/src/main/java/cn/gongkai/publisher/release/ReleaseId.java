package cn.gongkai.publisher.release;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Names one release; the store derives it from the creation time, so ids sort by age. */
public record ReleaseId(String value) implements Comparable<ReleaseId> {

  private static final Pattern VALID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  public ReleaseId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A release id is 1-64 letters, digits, '.', '_' or '-', not '" + value + "'.");
    }
  }

  public static ReleaseId of(String value) {
    return new ReleaseId(value);
  }

  static ReleaseId at(Instant createdAt) {
    return new ReleaseId(FORMAT.format(createdAt));
  }

  @Override
  public int compareTo(ReleaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
