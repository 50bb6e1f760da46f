package cn.gongkai.accessibility.rules;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/** Whether a {@code lang} value is a usable BCP 47 language tag. */
final class LanguageTags {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private LanguageTags() {}

  /**
   * Well-formed BCP 47 with a real primary language: {@code zh-Hans}, {@code zh-CN}, {@code en};
   * not {@code cn}, {@code zh_CN} or {@code chinese}.
   */
  static boolean isValid(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      return false;
    }
    String language = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    return switch (language.length()) {
      case 2 -> ISO_639_1.contains(language);
      case 3 -> true; // ISO 639-2/3 codes such as yue; the JDK has no complete list to check
      default -> false;
    };
  }
}
