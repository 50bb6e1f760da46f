package cn.gongkai.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The few shell commands the benchmark leans on, each run and read back. */
final class Shell {
  private Shell() {}

  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out.strip();
  }

  static String sh(String script) throws IOException, InterruptedException {
    return run(List.of("sh", "-c", script));
  }

  /** HTML files under a web root, following its links: {@code find -L DIR -name '*.html'}. */
  static long countHtml(Path root) throws IOException, InterruptedException {
    return Long.parseLong(sh("find -L '" + root + "' -name '*.html' | wc -l"));
  }

  /** Disk use in bytes; {@code follow} counts what a web root serves, else what is stored. */
  static long du(Path path, boolean follow) throws IOException, InterruptedException {
    String out = sh("du -s" + (follow ? "L" : "") + "b '" + path + "' | cut -f1");
    return Long.parseLong(out);
  }

  static void deleteTree(Path path) throws IOException, InterruptedException {
    if (Files.exists(path)) {
      // Release segments are read-only; rm -rf removes them regardless and never follows links.
      run(List.of("rm", "-rf", path.toString()));
    }
  }

  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }

  static String hugoVersion() throws IOException, InterruptedException {
    return run(List.of("hugo", "version"));
  }

  /** Cores, memory, CPU model and JVM: what the numbers were measured on. */
  static String machine() throws IOException, InterruptedException {
    return "- cores (`nproc`): "
        + run(List.of("nproc"))
        + "\n- CPU: "
        + sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
        + "\n- memory (`free -h`):\n\n```\n"
        + run(List.of("free", "-h"))
        + "\n```\n- JVM: "
        + sh("java -version 2>&1 | head -2 | tr '\\n' ' '")
        + "\n- PostgreSQL: "
        + sh("psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' 2>/dev/null || echo ?")
        + "\n- kernel: "
        + run(List.of("uname", "-sr"));
  }
}
