package cn.gongkai.publisher.source.json;

/** A JSON export that cannot be read: malformed JSON, or an entry with a missing or wrong field. */
public final class InvalidExport extends IllegalArgumentException {
  public InvalidExport(String message) {
    super(message);
  }

  public InvalidExport(String message, Throwable cause) {
    super(message, cause);
  }
}
