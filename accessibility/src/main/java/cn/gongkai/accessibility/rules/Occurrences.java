package cn.gongkai.accessibility.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;

/**
 * Groups repeated occurrences of one style problem on a page (the same two colours, the same font
 * size), so a theme mistake gives one finding naming the first element and a count, not hundreds.
 */
final class Occurrences<K> {

  private final Map<K, Element> first = new LinkedHashMap<>();
  private final Map<K, Integer> counts = new LinkedHashMap<>();

  void add(K key, Element element) {
    first.putIfAbsent(key, element);
    counts.merge(key, 1, Integer::sum);
  }

  /** Each distinct problem with the first element showing it and how many elements show it. */
  void forEach(BiConsumer<K, Occurrence> action) {
    first.forEach((key, element) -> action.accept(key, new Occurrence(element, counts.get(key))));
  }

  record Occurrence(Element first, int count) {

    /** "（本页共 N 处）" when there are several. */
    String countSuffix() {
      return count > 1 ? "（本页共 " + count + " 处）" : "";
    }
  }
}
