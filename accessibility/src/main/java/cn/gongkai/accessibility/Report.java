package cn.gongkai.accessibility;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of checking a whole site: how many pages were read and every finding, in page order.
 */
public record Report(int pagesChecked, List<Finding> findings) {

  public Report {
    findings = List.copyOf(findings);
  }

  public long errorCount() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warningCount() {
    return findings.size() - errorCount();
  }

  /** Whether any finding blocks publication. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** Errors and warnings per rule, by rule id. */
  public List<RuleCount> countsByRule() {
    Map<String, int[]> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.computeIfAbsent(f.rule(), r -> new int[2])[f.isError() ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new RuleCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** How often one rule fired. */
  public record RuleCount(String rule, int errors, int warnings) {}
}
