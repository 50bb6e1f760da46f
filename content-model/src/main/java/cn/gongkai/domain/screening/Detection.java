package cn.gongkai.domain.screening;

/** A raw match of one detector: where it is and how to mask it, before it becomes a finding. */
record Detection(
    FindingKind kind, Severity severity, int start, int end, int keepFirst, int keepLast) {

  /** A secrecy marking: found, never masked. */
  static Detection marking(int start, int end) {
    return new Detection(FindingKind.SECRECY_MARKING, Severity.BLOCKING, start, end, 0, 0);
  }

  boolean overlaps(Detection other) {
    return start < other.end && other.start < end;
  }

  boolean masked() {
    return kind.personalData();
  }
}
