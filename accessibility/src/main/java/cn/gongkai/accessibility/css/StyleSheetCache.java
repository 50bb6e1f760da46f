package cn.gongkai.accessibility.css;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed stylesheets keyed by their text, shared by all pages and threads: a site links the same
 * few sheets from every page, so each is parsed once per build rather than once per page.
 */
public final class StyleSheetCache {

  private static final int MAX_SHEETS = 512;

  private final Map<String, StyleSheet> sheets = new ConcurrentHashMap<>();

  public StyleSheet parse(String css) {
    StyleSheet sheet = sheets.get(css);
    if (sheet != null) {
      return sheet;
    }
    if (sheets.size() >= MAX_SHEETS) {
      sheets.clear(); // many distinct inline <style> texts: keep memory bounded
    }
    return sheets.computeIfAbsent(css, StyleSheet::parse);
  }
}
