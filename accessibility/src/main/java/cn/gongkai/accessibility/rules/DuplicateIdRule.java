package cn.gongkai.accessibility.rules;

import cn.gongkai.accessibility.Findings;
import cn.gongkai.accessibility.Page;
import cn.gongkai.accessibility.Rule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Ids are unique: a duplicate makes labels, skip links and {@code aria-*} references point at the
 * wrong element. Reported once per id, at its second occurrence.
 */
public final class DuplicateIdRule implements Rule {

  public static final String ID = "duplicate-id";

  private static final Evaluator WITH_ID = QueryParser.parse("[id]");

  @Override
  public void check(Page page, Findings findings) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Element> second = new LinkedHashMap<>();
    for (Element element : page.document().select(WITH_ID)) {
      String id = element.id();
      if (id.isBlank()) {
        continue;
      }
      int count = counts.merge(id, 1, Integer::sum);
      if (count == 2) {
        second.put(id, element);
      }
    }
    second.forEach(
        (id, element) ->
            findings.error(
                ID,
                Criteria.PARSING,
                element,
                "id=\"" + Dom.shorten(id) + "\" 在页面中出现了 " + counts.get(id) + " 次",
                "每个 id 在一个页面内只能用一次：给其余元素改用不同的 id"));
  }
}
