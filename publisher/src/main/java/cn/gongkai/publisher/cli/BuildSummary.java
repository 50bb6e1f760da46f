package cn.gongkai.publisher.cli;

import cn.gongkai.publisher.Publication;
import cn.gongkai.publisher.gate.GateFinding;
import cn.gongkai.publisher.gate.GateReport;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did, for a person at a terminal: the release, the counts, the time, and the gates'
 * findings one line per rule — a template problem found on 2,000 pages is one line, with an example
 * and its count.
 */
final class BuildSummary {
  private final PrintWriter out;
  private final ReleaseStore store;

  BuildSummary(PrintWriter out, ReleaseStore store) {
    this.out = out;
    this.store = store;
  }

  void print(Publication p) {
    String pages =
        String.format(
            Locale.ROOT,
            "%,d pages and %,d other files in %.1f s",
            p.htmlPages(),
            p.otherFiles(),
            p.duration().toMillis() / 1000.0);
    if (p.succeeded()) {
      Release release = p.release().orElseThrow();
      out.println("Release " + release.id() + " is live: " + pages + shared(release) + ".");
      out.println("Web root: " + store.webRoot());
    } else {
      String why = p.report().blocks() ? "blocked by the gates" : p.failure();
      out.println("Not published (" + why + "): " + pages + ". The live site is unchanged.");
    }
    findings(p.report());
    out.flush();
  }

  private static String shared(Release release) {
    if (release.parent().isEmpty()) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "; %,d files new or changed, the rest shared with %s",
        release.counts().written(),
        release.parent().get());
  }

  private void findings(GateReport report) {
    out.println(
        "Gates: "
            + report.blocking()
            + " blocking finding(s), "
            + report.warnings()
            + " warning(s).");
    Map<String, GateFinding> examples = new HashMap<>();
    report.findings().forEach(f -> examples.putIfAbsent(key(f), f));
    // Counted in full even where the report kept no finding to show as an example.
    JsonObject counts =
        Json.createReader(new StringReader(report.toJson())).readObject().getJsonObject("counts");
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> !k.endsWith("|block")));
    for (String key : keys) {
      String[] parts = key.split("\\|");
      boolean blocking = parts[2].equals("block");
      GateFinding example = examples.get(key);
      out.println(
          "  "
              + (blocking ? "BLOCKS " : "warning")
              + " "
              + parts[0]
              + "/"
              + parts[1]
              + " ×"
              + counts.getInt(key)
              + (example == null ? "" : ", e.g. " + example.page() + " — " + example.message()));
      if (blocking && example != null && example.fix() != null) {
        out.println("          fix: " + example.fix());
      }
    }
  }

  /** The key GateReport counts a finding under. */
  private static String key(GateFinding f) {
    return f.gate() + "|" + f.rule() + "|" + (f.blocking() ? "block" : "warn");
  }
}
