package cn.gongkai.api.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The product started the way an operator starts it — Payara Micro with the pre-boot file that
 * binds HTTP to loopback and no Hazelcast — as a separate process a test can stop or kill.
 */
final class RunningProduct implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private RunningProduct(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static RunningProduct start(Path dataDir, Map<String, String> env)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Files.createTempFile("gongkai-process-", ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(),
                "-Xmx768m",
                "-jar",
                System.getProperty("payara.microJar"),
                "--nohazelcast",
                "--prebootcommandfile",
                Path.of("..", "config", "payara", "preboot.asadmin").toAbsolutePath().toString(),
                "--deploy",
                Path.of("target", "gongkai.war").toAbsolutePath().toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port)));
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("GONGKAI_DATA_DIR", dataDir.toAbsolutePath().toString());
    pb.environment().put("GONGKAI_DEMO", "true");
    pb.environment().putAll(env);
    RunningProduct product = new RunningProduct(pb.start(), port, log);
    product.awaitHealthy(Duration.ofMinutes(4));
    return product;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + "/" + path);
  }

  /** A crash: no shutdown hooks, no flushing, nothing finishes. */
  void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private void awaitHealthy(Duration limit) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped while starting:\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(uri("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api =
            http.send(
                HttpRequest.newBuilder(uri("api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && api.statusCode() == 401) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The server did not become ready in " + limit + ":\n" + tail());
  }

  /** The end of the server's log, for a failure message. */
  String tail() throws IOException {
    String all = log();
    return all.substring(Math.max(0, all.length() - 4000));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
