package cn.gongkai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run in its own process under GNU time ({@code /usr/bin/time -v}): its wall time as this
 * JVM saw it, its peak resident set size as the kernel counted it, and its output.
 */
record Timed(int exitCode, double wallSeconds, long maxRssKb, String out, String err) {
  private static final Pattern RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  static Timed run(List<String> command, Path logs, String name, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(logs);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    timed.addAll(command);
    ProcessBuilder pb =
        new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(env);
    long start = System.nanoTime();
    int code = pb.start().waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Matcher m = RSS.matcher(stderr);
    long rss = m.find() ? Long.parseLong(m.group(1)) : -1;
    return new Timed(code, wall, rss, Files.readString(out, StandardCharsets.UTF_8), stderr);
  }

  Timed requireSuccess(String what) {
    if (exitCode != 0) {
      throw new IllegalStateException(
          what + " failed (exit " + exitCode + "):\n" + out + "\n" + tail(err));
    }
    return this;
  }

  /** A {@code key=value} field of the publisher's {@code stats:} line. */
  double stat(String key) {
    return stat(out, key);
  }

  /** As {@link #stat}, from the last {@code stats:} line: a run that printed several. */
  double lastStat(String key) {
    return stat(out.substring(Math.max(0, out.lastIndexOf("stats:"))), key);
  }

  private static double stat(String output, String key) {
    Matcher m = Pattern.compile("\\b" + key + "=([0-9.]+)").matcher(output);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
  }
}
