package cn.gongkai.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real product — cms-api's WAR on Payara Micro, started as {@code ./gongkai run} starts it — in
 * its own process, on the benchmark's database and data directory. Stopped by its own process id.
 */
final class CmsServer implements AutoCloseable {
  private final Process process;
  private final int port;

  private CmsServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server and waits until the API answers a signed-in request. */
  static CmsServer start(
      Path repo, int port, Map<String, String> env, List<String> javaOptions, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
    command.addAll(javaOptions);
    command.addAll(
        List.of(
            "-jar",
            "cms-api/target/payara-micro.jar",
            "--nohazelcast",
            "--prebootcommandfile",
            "config/payara/preboot.asadmin",
            "--deploy",
            "cms-api/target/gongkai.war",
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port)));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    CmsServer server = new CmsServer(pb.start(), port);
    server.awaitReady(Duration.ofMinutes(20));
    return server;
  }

  String api() {
    return "http://127.0.0.1:" + port + "/api";
  }

  private void awaitReady(Duration timeout) throws InterruptedException, IOException {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("admin:" + DatabaseLoader.PASSWORD).getBytes(StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped during start-up (see its log).");
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(api() + "/me"))
                    .header("Authorization", auth)
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    close();
    throw new IllegalStateException("The server did not become ready in " + timeout + ".");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
