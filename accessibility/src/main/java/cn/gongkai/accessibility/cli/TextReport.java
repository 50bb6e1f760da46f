package cn.gongkai.accessibility.cli;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Report;
import cn.gongkai.accessibility.Severity;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a {@link Report} for a person: totals, counts per rule, then findings page by page. */
final class TextReport {

  private TextReport() {}

  static void write(Report report, String root, PrintWriter out) {
    out.printf("无障碍检查：%s%n", root);
    out.printf(
        "检查了 %d 个页面：错误 %d 条，警告 %d 条%n",
        report.pagesChecked(), report.errorCount(), report.warningCount());
    if (report.findings().isEmpty()) {
      out.println();
      out.println("未发现问题。");
    } else {
      counts(report, out);
      findings(report, out);
    }
    out.println();
    out.println(report.hasErrors() ? "结果：不通过（有 " + report.errorCount() + " 条错误，须修改后再发布）" : "结果：通过");
    out.flush();
  }

  private static void counts(Report report, PrintWriter out) {
    out.println();
    out.println("按规则统计：");
    out.printf("  %-24s %6s %6s%n", "规则", "错误", "警告");
    for (Report.RuleCount c : report.countsByRule()) {
      out.printf("  %-26s %6d %6d%n", c.rule(), c.errors(), c.warnings());
    }
  }

  private static void findings(Report report, PrintWriter out) {
    Map<String, List<Finding>> byPage =
        report.findings().stream()
            .collect(Collectors.groupingBy(Finding::page, LinkedHashMap::new, Collectors.toList()));
    byPage.forEach(
        (page, findings) -> {
          out.println();
          out.println(page);
          findings.stream()
              .sorted(Comparator.comparing(Finding::severity))
              .forEach(f -> finding(f, out));
        });
  }

  private static void finding(Finding f, PrintWriter out) {
    out.printf(
        "  [%s] %s · %s%n", f.severity() == Severity.ERROR ? "错误" : "警告", f.rule(), f.criterion());
    out.printf("    位置：%s%n", f.selector());
    out.printf("    问题：%s%n", f.message());
    out.printf("    修改：%s%n", f.fix());
  }
}
