package cn.gongkai.accessibility.cli;

import cn.gongkai.accessibility.Finding;
import cn.gongkai.accessibility.Report;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a {@link Report} as JSON: a summary, counts per rule, and every finding with the fields of
 * {@link Finding}. A tiny writer of our own: the report is a fixed, flat shape.
 */
final class JsonReport {

  private JsonReport() {}

  static void write(Report report, String root, Appendable out) throws IOException {
    out.append("{\n");
    out.append("  \"root\": ").append(string(root)).append(",\n");
    out.append("  \"pagesChecked\": ").append(String.valueOf(report.pagesChecked())).append(",\n");
    out.append("  \"errors\": ").append(String.valueOf(report.errorCount())).append(",\n");
    out.append("  \"warnings\": ").append(String.valueOf(report.warningCount())).append(",\n");
    out.append("  \"passed\": ").append(String.valueOf(!report.hasErrors())).append(",\n");
    out.append("  \"rules\": [");
    List<Report.RuleCount> counts = report.countsByRule();
    for (Iterator<Report.RuleCount> it = counts.iterator(); it.hasNext(); ) {
      Report.RuleCount c = it.next();
      out.append("\n    {\"rule\": ").append(string(c.rule()));
      out.append(", \"errors\": ").append(String.valueOf(c.errors()));
      out.append(", \"warnings\": ").append(String.valueOf(c.warnings())).append('}');
      out.append(it.hasNext() ? "," : "\n  ");
    }
    out.append("],\n");
    out.append("  \"findings\": [");
    for (Iterator<Finding> it = report.findings().iterator(); it.hasNext(); ) {
      Finding f = it.next();
      out.append("\n    {");
      field(out, "rule", f.rule(), true);
      field(out, "criterion", f.criterion(), true);
      field(out, "severity", f.severity().name(), true);
      field(out, "page", f.page(), true);
      field(out, "selector", f.selector(), true);
      field(out, "message", f.message(), true);
      field(out, "fix", f.fix(), false);
      out.append('}').append(it.hasNext() ? "," : "\n  ");
    }
    out.append("]\n}\n");
  }

  private static void field(Appendable out, String name, String value, boolean more)
      throws IOException {
    out.append(string(name)).append(": ").append(string(value));
    if (more) {
      out.append(", ");
    }
  }

  /** A JSON string literal; non-ASCII text stays as it is (the file is UTF-8). */
  static String string(String value) {
    StringBuilder s = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
