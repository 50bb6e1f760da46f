package cn.gongkai.domain.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The findings of one screening (of an item's body and attachments), summarised per location. */
public record ScreeningReport(List<ScreeningFinding> findings) {

  public ScreeningReport {
    findings = List.copyOf(findings);
  }

  /** Whether any finding must be dealt with before the item may be published. */
  public boolean blocksPublication() {
    return findings.stream().anyMatch(ScreeningFinding::blocksPublication);
  }

  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The findings of each location, locations in the order they were screened. */
  public Map<String, List<ScreeningFinding>> byLocation() {
    Map<String, List<ScreeningFinding>> byLocation = new LinkedHashMap<>();
    for (ScreeningFinding finding : findings) {
      byLocation.computeIfAbsent(finding.location(), key -> new ArrayList<>()).add(finding);
    }
    return byLocation;
  }

  /** E.g. "正文：身份证号码 2 处、手机号码 1 处；附件 名单.xlsx：银行卡号 1 处", or "未发现问题". */
  public String summary() {
    if (findings.isEmpty()) {
      return "未发现问题";
    }
    return byLocation().entrySet().stream()
        .map(entry -> entry.getKey() + "：" + countsOf(entry.getValue()))
        .collect(Collectors.joining("；"));
  }

  private static String countsOf(List<ScreeningFinding> findings) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    findings.forEach(finding -> counts.merge(finding.kind(), 1, Integer::sum));
    return counts.entrySet().stream()
        .map(entry -> entry.getKey().label() + " " + entry.getValue() + " 处")
        .collect(Collectors.joining("、"));
  }
}
