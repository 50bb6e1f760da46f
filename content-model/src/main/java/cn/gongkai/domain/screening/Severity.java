package cn.gongkai.domain.screening;

/** How a finding affects publication. */
public enum Severity {
  /** Publication waits until a person has removed or masked it. */
  BLOCKING,
  /** A person should look, but publication may go ahead (e.g. a possible 15-digit legacy ID). */
  WARNING
}
