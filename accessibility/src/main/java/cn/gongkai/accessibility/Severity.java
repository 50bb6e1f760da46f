package cn.gongkai.accessibility;

/** How a finding weighs: an error blocks a publication, a warning is only reported. */
public enum Severity {
  ERROR,
  WARNING
}
