package cn.gongkai.publisher.source;

/** The content could not be read; the publication stops and nothing goes live. */
public class ContentUnavailable extends RuntimeException {
  public ContentUnavailable(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
