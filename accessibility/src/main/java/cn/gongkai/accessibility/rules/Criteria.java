package cn.gongkai.accessibility.rules;

/** The criteria findings cite: WCAG 2.1 success criteria and the MIIT 2021 适老化 rules. */
final class Criteria {

  static final String NON_TEXT_CONTENT = "WCAG 2.1 1.1.1";
  static final String INFO_AND_RELATIONSHIPS = "WCAG 2.1 1.3.1";
  static final String AUDIO_CONTROL = "WCAG 2.1 1.4.2";
  static final String CONTRAST_MINIMUM = "WCAG 2.1 1.4.3";
  static final String RESIZE_TEXT = "WCAG 2.1 1.4.4";
  static final String CONTRAST_ENHANCED = "WCAG 2.1 1.4.6";
  static final String KEYBOARD = "WCAG 2.1 2.1.1";
  static final String TIMING_ADJUSTABLE = "WCAG 2.1 2.2.1";
  static final String PAUSE_STOP_HIDE = "WCAG 2.1 2.2.2";
  static final String BYPASS_BLOCKS = "WCAG 2.1 2.4.1";
  static final String PAGE_TITLED = "WCAG 2.1 2.4.2";
  static final String FOCUS_ORDER = "WCAG 2.1 2.4.3";
  static final String LINK_PURPOSE = "WCAG 2.1 2.4.4";
  static final String HEADINGS_AND_LABELS = "WCAG 2.1 2.4.6";
  static final String TARGET_SIZE = "WCAG 2.1 2.5.5";
  static final String LANGUAGE_OF_PAGE = "WCAG 2.1 3.1.1";
  static final String LANGUAGE_OF_PARTS = "WCAG 2.1 3.1.2";
  static final String PARSING = "WCAG 2.1 4.1.1";
  static final String NAME_ROLE_VALUE = "WCAG 2.1 4.1.2";

  /** 工业和信息化部《互联网网站适老化通用设计规范》(2021) and its APP companion's numbers. */
  static final String ELDERLY = "适老化 (工信部 2021)";

  static final String ELDERLY_TARGET_SIZE = ELDERLY + " / " + TARGET_SIZE;

  /** Not an accessibility criterion: inline script is what a Content-Security-Policy forbids. */
  static final String SCRIPT_SECURITY = "安全 (CSP)";

  private Criteria() {}
}
