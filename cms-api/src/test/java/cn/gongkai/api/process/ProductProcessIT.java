package cn.gongkai.api.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product as an operator runs it, in its own process: what it listens on, and what a crash in
 * the middle of a publication leaves behind.
 */
class ProductProcessIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path data;

  @Test
  void listensOnLoopbackOnlyAndOpensNoClusterPort() throws Exception {
    try (RunningProduct product = RunningProduct.start(data, Map.of())) {
      List<Listeners.Listener> listeners = Listeners.of(product.pid());
      assertFalse(listeners.isEmpty(), "the server listens somewhere");
      assertTrue(
          listeners.stream().allMatch(Listeners.Listener::loopback), "listeners: " + listeners);
      assertTrue(listeners.stream().noneMatch(l -> l.port() == 6900), "no Hazelcast: " + listeners);
    }
  }

  @Test
  void aCrashInTheMiddleOfAPublicationNeverLeavesAHalfUpdatedSite() throws Exception {
    Path site = data.resolve("site");
    long rebuildJob;
    try (RunningProduct product = RunningProduct.start(data, Map.of())) {
      awaitAllPublished(product);
      rebuildJob = json(post(product, "api/publish/jobs/rebuild")).getJsonNumber("id").longValue();
      awaitJobState(product, rebuildJob, "RUNNING", Duration.ofSeconds(60));
      product.kill();
    }
    assertCompleteLiveRelease(site);

    try (RunningProduct restarted = RunningProduct.start(data, Map.of())) {
      awaitJobState(restarted, rebuildJob, "SUCCEEDED", Duration.ofMinutes(2));
      Release live = assertCompleteLiveRelease(site);
      assertTrue(
          live.note().contains(rebuildJob + ":FULL"),
          "the restarted server finished the job: " + live.note());
      for (String variant : new String[] {"", "zh-hant/", "elder/", "elder/zh-hant/"}) {
        assertTrue(
            Files.isRegularFile(site.resolve("current").resolve(variant + "mengnuo/art/0/1.html")));
      }
    }
  }

  /** The live release must be whole: every file its manifest lists is there, at its size. */
  private static Release assertCompleteLiveRelease(Path site) throws IOException {
    ReleaseStore store = ReleaseStore.open(site);
    Optional<Release> live = store.live();
    assertTrue(live.isPresent(), "a release is live");
    Path current = site.resolve("current");
    long files = 0;
    for (var entry : store.manifest(live.get().id())) {
      Path file = current.resolve(entry.path());
      assertTrue(Files.isRegularFile(file), "missing from the live release: " + entry.path());
      assertEquals(
          entry.size(), Files.size(file), "truncated in the live release: " + entry.path());
      files++;
    }
    assertEquals(live.get().fileCount(), files);
    return live.get();
  }

  private void awaitAllPublished(RunningProduct product) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject items = json(get(product, "api/items?state=PUBLISHED"));
      if (items.getInt("total") >= 5) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The demo content was not published:\n" + product.log());
  }

  private void awaitJobState(RunningProduct product, long job, String state, Duration limit)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    String seen = null;
    while (System.nanoTime() < deadline) {
      JsonObject answer = json(get(product, "api/publish/jobs/" + job));
      if (!answer.containsKey("state")) {
        // A 404 here once meant the crash had lost the committed job (H2's delayed writes).
        throw new AssertionError(
            "Job " + job + " could not be read: " + answer + "\n" + product.tail());
      }
      seen = answer.getString("state");
      if (seen.equals(state)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "Job " + job + " never became " + state + " (last " + seen + ")\n" + product.tail());
  }

  private String get(RunningProduct product, String path) throws Exception {
    return http.send(request(product, path).GET().build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String post(RunningProduct product, String path) throws Exception {
    return http.send(
            request(product, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static HttpRequest.Builder request(RunningProduct product, String path) {
    String basic =
        Base64.getEncoder().encodeToString("admin:admin-demo".getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(product.uri(path)).header("Authorization", "Basic " + basic);
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
