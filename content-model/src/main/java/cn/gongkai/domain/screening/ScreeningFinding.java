package cn.gongkai.domain.screening;

import java.util.Objects;

/**
 * One thing in a text that must not be published as it is.
 *
 * @param location the caller's label for the text, e.g. "正文" or "附件 report.pdf"
 * @param offset where it starts, in {@code char}s from the start of the text
 * @param length how many {@code char}s it spans
 * @param maskedExcerpt the finding in its context, with all personal data masked: findings are
 *     logged and shown, so they never repeat a full number
 * @param message what the person should do, in Chinese
 */
public record ScreeningFinding(
    FindingKind kind,
    Severity severity,
    String location,
    int offset,
    int length,
    String maskedExcerpt,
    String message) {

  public ScreeningFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(maskedExcerpt, "maskedExcerpt");
    Objects.requireNonNull(message, "message");
    if (offset < 0 || length < 1) {
      throw new IllegalArgumentException("A finding needs a place in the text.");
    }
  }

  public boolean blocksPublication() {
    return severity == Severity.BLOCKING;
  }
}
