package cn.gongkai.publisher.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Simplified → traditional conversion of plain text with OpenCC's dictionaries (from opencc4j):
 * phrase-level, so 头发→頭髮, 发现→發現, 干部→幹部, 后台→後臺, and 皇后 stays 皇后.
 */
public final class ScriptConverter implements UnaryOperator<String> {
  /** Loaded once per JVM: the dictionaries take a moment and never change. */
  private static final class Traditional {
    static final SimplifiedToTraditional CONVERTER = SimplifiedToTraditional.load();
  }

  private final ScriptStandard standard;
  private final Map<Integer, String> taiwanVariants;

  public ScriptConverter(ScriptStandard standard) {
    this.standard = standard;
    this.taiwanVariants = standard == ScriptStandard.S2TW ? taiwanVariants() : Map.of();
  }

  public ScriptStandard standard() {
    return standard;
  }

  @Override
  public String apply(String simplified) {
    if (simplified == null || simplified.isEmpty() || !hasHan(simplified)) {
      return simplified;
    }
    return switch (standard) {
      // opencc4j's own s2t, faster (SimplifiedToTraditional); s2hk is opencc4j's as it is.
      case S2T -> Traditional.CONVERTER.convert(simplified);
      case S2HK -> ZhHkConverterUtil.toTraditional(simplified);
      case S2TW -> toTaiwanVariants(Traditional.CONVERTER.convert(simplified));
    };
  }

  /** Text without a single Han character (numbers, index numbers, Latin) needs no conversion. */
  private static boolean hasHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  /** OpenCC's s2tw is s2t followed by its TWVariants character table — no phrase swaps. */
  private String toTaiwanVariants(String traditional) {
    StringBuilder out = new StringBuilder(traditional.length());
    traditional
        .codePoints()
        .forEach(cp -> out.append(taiwanVariants.getOrDefault(cp, Character.toString(cp))));
    return out.toString();
  }

  /**
   * TWVariants is keyed by the traditional characters s2t writes (爲→為, 裏→裡, 麪→麵), but opencc4j
   * ships it with simplified keys (为→為, 里→裡, 面→麵) for its own Taiwan converter; applied after s2t
   * as they are, 全面 became 全麵, 公里 公裡, and 爲 stayed. So each simplified key stands for its
   * traditional forms in STCharacters other than itself (面 → 麪, 里 → 裏), or for itself when it has
   * no other (着 → 著, 污 → 汙).
   */
  private static Map<Integer, String> taiwanVariants() {
    Map<String, List<String>> traditionalForms = dictionary("STCharacters.txt");
    Map<Integer, String> table = new HashMap<>();
    dictionary("TWVariants.txt")
        .forEach(
            (simplified, variants) -> {
              String variant = variants.get(0);
              List<String> forms =
                  new ArrayList<>(traditionalForms.getOrDefault(simplified, List.of()));
              forms.removeAll(List.of(simplified, variant));
              if (forms.isEmpty() && !simplified.equals(variant)) {
                forms.add(simplified);
              }
              for (String form : forms) {
                if (form.codePointCount(0, form.length()) == 1) {
                  table.putIfAbsent(form.codePointAt(0), variant);
                }
              }
            });
    return table;
  }

  /** One of opencc4j's OpenCC dictionaries: each line a key and its values. */
  private static Map<String, List<String>> dictionary(String name) {
    InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/" + name);
    if (in == null) {
      throw new IllegalStateException("opencc4j's " + name + " dictionary is missing");
    }
    Map<String, List<String>> entries = new HashMap<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length >= 2) {
          entries.put(parts[0], List.of(parts).subList(1, parts.length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
