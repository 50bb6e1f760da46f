package cn.gongkai.publisher.gate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of one publication's gates. Identical findings on many pages (a template problem in
 * every item page) are kept once with a count, so a report stays readable and small.
 */
public final class GateReport {
  /** Findings kept in full; the rest are only counted. */
  private static final int KEEP = 500;

  private final List<GateFinding> findings = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> counts = Collections.synchronizedMap(new TreeMap<>());

  public void add(GateFinding finding) {
    String key =
        finding.gate() + "|" + finding.rule() + "|" + (finding.blocking() ? "block" : "warn");
    counts.merge(key, 1, Integer::sum);
    if (findings.size() < KEEP) {
      findings.add(finding);
    }
  }

  public boolean blocks() {
    synchronized (findings) {
      return counts.keySet().stream().anyMatch(k -> k.endsWith("|block"));
    }
  }

  public List<GateFinding> findings() {
    synchronized (findings) {
      return List.copyOf(findings);
    }
  }

  public int blocking() {
    synchronized (counts) {
      return counts.entrySet().stream()
          .filter(e -> e.getKey().endsWith("|block"))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  public int warnings() {
    synchronized (counts) {
      return counts.entrySet().stream()
          .filter(e -> e.getKey().endsWith("|warn"))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }
  }

  /** A one-line account for logs and job errors. */
  public String summary() {
    List<String> blockers =
        findings().stream()
            .filter(GateFinding::blocking)
            .limit(3)
            .map(f -> f.page() + ": " + f.message())
            .toList();
    return blocking()
        + " blocking finding(s), "
        + warnings()
        + " warning(s)"
        + (blockers.isEmpty() ? "" : "; e.g. " + String.join("; ", blockers));
  }

  /** The report as the publish job stores and the API shows it. */
  public String toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (GateFinding f : findings()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("gate", f.gate())
              .add("blocking", f.blocking())
              .add("page", f.page())
              .add("rule", f.rule())
              .add("message", f.message());
      optional(o, "criterion", f.criterion());
      optional(o, "selector", f.selector());
      optional(o, "fix", f.fix());
      list.add(o);
    }
    JsonObjectBuilder byRule = Json.createObjectBuilder();
    synchronized (counts) {
      counts.forEach(byRule::add);
    }
    return Json.createObjectBuilder()
        .add("blocking", blocking())
        .add("warnings", warnings())
        .add("counts", byRule)
        .add("findings", list)
        .build()
        .toString();
  }

  private static void optional(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
