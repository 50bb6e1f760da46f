package cn.gongkai.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every piece of UI text of the theme (发布日期, 索引号, 首页 …), read from a UTF-8 properties file.
 * Templates hold no Chinese text: traditional pages use {@link #convert} of the simplified labels.
 * Immutable and thread-safe.
 */
public final class Labels {

  private final Map<String, String> values;

  private Labels(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Reads labels from a UTF-8 properties stream. */
  public static Labels load(InputStream utf8Properties) {
    try (Reader reader = new InputStreamReader(utf8Properties, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      Map<String, String> values = new TreeMap<>();
      properties.forEach((key, value) -> values.put((String) key, (String) value));
      return new Labels(values);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the theme's labels.", e);
    }
  }

  /** Labels with the given values, e.g. for a test. */
  public static Labels of(Map<String, String> values) {
    return new Labels(new TreeMap<>(values));
  }

  /** The label with this key; fails loudly so that a template never shows an empty label. */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("The theme has no label '" + key + "'.");
    }
    return value;
  }

  public Set<String> keys() {
    return values.keySet();
  }

  /** New labels with every value converted, e.g. simplified → traditional with OpenCC. */
  public Labels convert(Function<String, String> converter) {
    Objects.requireNonNull(converter, "converter");
    Map<String, String> converted = new TreeMap<>();
    values.forEach((key, value) -> converted.put(key, converter.apply(value)));
    return new Labels(converted);
  }

  public Map<String, String> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Labels labels && values.equals(labels.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Labels" + values.keySet();
  }
}
