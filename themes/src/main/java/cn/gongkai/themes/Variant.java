package cn.gongkai.themes;

/**
 * One of the four variants of the public site. Every page has one stable site-relative path and
 * lives in variant {@code V} at {@code V.prefix() + path}.
 */
public enum Variant {
  SIMPLIFIED("", "zh-Hans", false),
  TRADITIONAL("zh-hant/", "zh-Hant", false),
  /** 适老模式 (elderly-friendly mode), simplified script. */
  ELDER_SIMPLIFIED("elder/", "zh-Hans", true),
  /** 适老模式 (elderly-friendly mode), traditional script. */
  ELDER_TRADITIONAL("elder/zh-hant/", "zh-Hant", true);

  private final String prefix;
  private final String lang;
  private final boolean elderly;

  Variant(String prefix, String lang, boolean elderly) {
    this.prefix = prefix;
    this.lang = lang;
    this.elderly = elderly;
  }

  /** The folder of this variant below the site root: empty, or ending with a slash. */
  public String prefix() {
    return prefix;
  }

  /** The BCP 47 language tag for {@code <html lang>} and {@code hreflang}. */
  public String lang() {
    return lang;
  }

  public boolean elderly() {
    return elderly;
  }

  public boolean traditional() {
    return "zh-Hant".equals(lang);
  }

  /** The variant with the given mode and script. */
  public static Variant of(boolean elderly, boolean traditional) {
    if (elderly) {
      return traditional ? ELDER_TRADITIONAL : ELDER_SIMPLIFIED;
    }
    return traditional ? TRADITIONAL : SIMPLIFIED;
  }

  /** The same mode in the other script (简体 ↔ 繁體). */
  public Variant otherScript() {
    return of(elderly, !traditional());
  }

  /** The same script in the other mode (standard ↔ 适老). */
  public Variant otherMode() {
    return of(!elderly, traditional());
  }

  /** The key of this variant's name in {@link Labels}. */
  public String labelKey() {
    return switch (this) {
      case SIMPLIFIED -> "variantSimplified";
      case TRADITIONAL -> "variantTraditional";
      case ELDER_SIMPLIFIED -> "variantElderSimplified";
      case ELDER_TRADITIONAL -> "variantElderTraditional";
    };
  }
}
