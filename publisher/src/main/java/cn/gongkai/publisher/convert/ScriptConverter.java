package cn.gongkai.publisher.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Simplified → traditional conversion of plain text with OpenCC's dictionaries (through opencc4j):
 * phrase-level, so 头发→頭髮, 发现→發現, 干部→幹部, 后台→後臺, and 皇后 stays 皇后.
 */
public final class ScriptConverter implements UnaryOperator<String> {
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
      case S2T -> ZhConverterUtil.toTraditional(simplified);
      case S2HK -> ZhHkConverterUtil.toTraditional(simplified);
      case S2TW -> toTaiwanVariants(ZhConverterUtil.toTraditional(simplified));
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

  private static Map<Integer, String> taiwanVariants() {
    InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/TWVariants.txt");
    if (in == null) {
      throw new IllegalStateException("opencc4j's TWVariants dictionary is missing");
    }
    Map<Integer, String> table = new HashMap<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split("\\s+");
        if (parts.length >= 2 && parts[0].codePointCount(0, parts[0].length()) == 1) {
          table.put(parts[0].codePointAt(0), parts[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
