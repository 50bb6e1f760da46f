package cn.gongkai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers of one benchmark run and the results file they make: {@code <date>-<N>.md}. Pages per
 * second are HTML files written (counted on disk, all four variants) over the wall time of the
 * whole process, JVM start included, for ours and Hugo's alike.
 */
final class Results {
  private final long items;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, List<Approvals.Sample>> samples = new LinkedHashMap<>();
  private String machine = "";
  private String loadBefore = "";
  private String loadAfter = "";
  private String command = "";

  Results(long items) {
    this.items = items;
  }

  /** The runner's options after {@code --}, as the results file quotes the command. */
  void command(String options) {
    command = options.isEmpty() ? "" : " -- " + options;
  }

  void machine(String text) {
    machine = text;
  }

  void loadBefore(String text) {
    loadBefore = text;
  }

  void loadAfter(String text) {
    loadAfter = text;
  }

  void put(String key, Object value) {
    values.put(key, value);
  }

  Object get(String key) {
    return values.get(key);
  }

  void fullBuild(String source, Timed t, String heap, long html, long served, long stored) {
    put(source + "_wall_s", t.wallSeconds());
    put(source + "_html", html);
    put(source + "_pages_per_s", html / t.wallSeconds());
    put(source + "_xmx", heap);
    put(source + "_heap_live_max_mb", t.stat("heap_live_max_mb"));
    put(source + "_heap_peak_mb", t.stat("heap_peak_mb"));
    put(source + "_rss_mb", t.maxRssKb() / 1024.0);
    put(source + "_cpu_s", t.stat("cpu_s"));
    put(source + "_gc_ms", t.stat("gc_ms"));
    put(source + "_served_mb", served / 1048576.0);
    put(source + "_stored_mb", stored / 1048576.0);
  }

  void hugo(Timed t, long html, long bytes, String version) {
    put("hugo_wall_s", t.wallSeconds());
    put("hugo_html", html);
    put("hugo_pages_per_s", html / t.wallSeconds());
    put("hugo_rss_mb", t.maxRssKb() / 1024.0);
    put("hugo_output_mb", bytes / 1048576.0);
    put("hugo_version", version);
    if (values.containsKey("db_pages_per_s")) {
      put("ratio", (double) get("db_pages_per_s") / (double) get("hugo_pages_per_s"));
    }
  }

  void approvals(String name, List<Approvals.Sample> list) {
    samples.put(name, list);
    List<Double> latencies =
        new ArrayList<>(list.stream().map(Approvals.Sample::latencyMs).toList());
    List<Double> jobs =
        new ArrayList<>(
            list.stream().map(s -> (double) s.jobMillis()).filter(d -> d >= 0).toList());
    put(name + "_n", list.size());
    put(name + "_p50_ms", percentile(latencies, 50));
    put(name + "_p95_ms", percentile(latencies, 95));
    put(name + "_max_ms", percentile(latencies, 100));
    put(name + "_job_p50_ms", percentile(jobs, 50));
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** One line for the run's summary table. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
        items,
        f(get("db_html"), "%,.0f"),
        f(get("db_wall_s"), "%.1f s"),
        f(get("db_pages_per_s"), "%.0f"),
        f(get("db_heap_live_max_mb"), "%.0f MB") + " / " + get("db_xmx"),
        f(get("db_rss_mb"), "%.0f MB"),
        f(get("db_served_mb"), "%.0f MB"),
        f(get("hugo_pages_per_s"), "%.0f"),
        f(get("ratio"), "%.2f×"),
        f(get("local_p50_ms"), "%.0f") + " / " + f(get("local_p95_ms"), "%.0f ms"),
        f(get("sftp_p50_ms"), "%.0f") + " / " + f(get("sftp_p95_ms"), "%.0f ms"),
        f(get("local_job_p50_ms"), "%.0f ms"));
  }

  static String header() {
    return "| items | HTML pages | full build | pages/s | heap live max / -Xmx | max RSS | site"
        + " (current) | Hugo pages/s | ours ÷ Hugo | approval→live p50 / p95 | with SFTP p50 / p95"
        + " | publish job p50 |\n|---|---|---|---|---|---|---|---|---|---|---|---|";
  }

  Path write(Path dir, LocalDate date) throws IOException {
    return write(dir, date, "");
  }

  /** {@code <date>-<N><suffix>.md}, and the summary line beside it. */
  Path write(Path dir, LocalDate date, String suffix) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(date + "-" + items + suffix + ".md");
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark: ")
        .append(String.format(Locale.ROOT, "%,d", items))
        .append(" items\n\n");
    md.append("Run on ")
        .append(date)
        .append(" by `./gongkai bench ")
        .append(items)
        .append("`.\n\n");
    md.append("## Machine\n\n").append(machine).append("\n");
    md.append("- load average before / after: `")
        .append(loadBefore)
        .append("` / `")
        .append(loadAfter)
        .append("` (the machine is shared)\n\n");
    md.append("## Summary\n\n").append(header()).append('\n').append(summary()).append("\n\n");
    md.append("## All values\n\n| key | value |\n|---|---|\n");
    values.forEach(
        (k, v) ->
            md.append("| ")
                .append(k)
                .append(" | ")
                .append(v instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : v)
                .append(" |\n"));
    samples.forEach(
        (name, list) -> {
          md.append("\n## Approvals: ").append(name).append("\n\n");
          md.append("| item | approval → live (ms) | publish job (ms) | pages written |\n");
          md.append("|---|---|---|---|\n");
          for (Approvals.Sample s : list) {
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %d | %d |%n",
                    s.itemId(),
                    s.latencyMs(),
                    s.jobMillis(),
                    s.jobPages()));
          }
        });
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(date + "-" + items + suffix + ".summary"),
        summary() + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static String f(Object value, String format) {
    if (value == null || (value instanceof Double d && d.isNaN())) {
      return "—";
    }
    return String.format(Locale.ROOT, format, value instanceof Number n ? n.doubleValue() : value);
  }
}
