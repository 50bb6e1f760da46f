package cn.gongkai.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 国家秘密标志: the secrecy markings a classified document carries (GB/T 9704: 绝密★长期, 机密★5年, 秘密★1年), a
 * {@code 密级：秘密} label, or a level standing alone on its line.
 *
 * <p>Prose about secrecy is not a marking: 国家秘密, 商业秘密, 工作秘密, 商业机密, 保密审查, 涉密 and 《保守国家秘密法》 fill
 * every disclosure rule, so a level word counts only with the star, after the 密级 label, or alone on
 * a line.
 */
final class SecrecyMarkings implements Detector {

  /** The three secrecy levels: every marking names one. */
  private static final List<String> LEVELS = List.of("绝密", "机密", "秘密");

  private static final String LEVEL = "(?:" + String.join("|", LEVELS) + ")级?";
  private static final String PERIOD = "(?:[ \\t]*(?:(?:\\d+|[一二三四五六七八九十]+)[ \\t]*(?:个月|年)|长期))?";

  /** 秘密★1年; the star may be ☆ or * (also full width). Not after 商业/工作/国家/个人 (prose). */
  private static final Pattern STARRED =
      Pattern.compile("(?<!商业|工作|国家|个人)" + LEVEL + "[ \\t]*[★☆*]" + PERIOD);

  /** 密级：秘密 (the colon is normalised to ASCII). */
  private static final Pattern LABELLED =
      Pattern.compile("密[ \\t]*级[ \\t]*:[ \\t]*" + LEVEL + "(?:[ \\t]*[★☆*]" + PERIOD + ")?");

  /** A line that is nothing but a level, perhaps bracketed: 秘密, 【机密】, 绝密级. */
  private static final Pattern STANDING =
      Pattern.compile("(?m)^[ \\t]*([\\[(【〔]?" + LEVEL + "[\\])】〕]?)[ \\t]*$");

  @Override
  public List<Detection> detect(String text) {
    // Without a level word no pattern can match: skip them (they try every character).
    if (LEVELS.stream().noneMatch(text::contains)) {
      return List.of();
    }
    List<Detection> found = new ArrayList<>();
    addAll(found, STARRED.matcher(text), 0);
    addAll(found, LABELLED.matcher(text), 0);
    addAll(found, STANDING.matcher(text), 1);
    return found;
  }

  private static void addAll(List<Detection> found, Matcher matcher, int group) {
    while (matcher.find()) {
      found.add(Detection.marking(matcher.start(group), matcher.end(group)));
    }
  }
}
