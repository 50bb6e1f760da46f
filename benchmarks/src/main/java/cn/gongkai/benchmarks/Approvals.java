package cn.gongkai.benchmarks;

import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.site.SitePaths;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Items through the CMS's workflow over its REST API, as the README's curl walkthrough does: a
 * drafter creates and submits, reviewers sign levels 1 to 3. Latency is measured from the response
 * to the final approval to the moment the item's page exists in all four variants under the live
 * web root, polled every 5 ms; the publish job's own duration is read back from the API.
 */
final class Approvals {
  /** One approval: the new item, approval-to-live latency, and the publish job's duration. */
  record Sample(long itemId, double latencyMs, long jobMillis, int jobPages) {}

  private static final List<String> VARIANTS = List.of("", "zh-hant/", "elder/", "elder/zh-hant/");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String api;
  private final Path webRoot;
  private final String agencySlug;
  private final List<Long> catalogues;

  Approvals(String api, Path webRoot, String agencySlug, List<Long> catalogues) {
    this.api = api;
    this.webRoot = webRoot;
    this.agencySlug = agencySlug;
    this.catalogues = catalogues;
  }

  /** {@code count} approvals one after another, each waited for until live. */
  List<Sample> run(int count, LongFunction<ItemEntry> drafts, long firstDraft)
      throws IOException, InterruptedException {
    List<Sample> samples = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      ItemEntry draft = drafts.apply(firstDraft + k);
      samples.add(approve(draft, catalogues.get(k % catalogues.size())));
      Thread.sleep(300); // let the runner go idle: each approval is measured alone
    }
    return samples;
  }

  private Sample approve(ItemEntry draft, long catalogue) throws IOException, InterruptedException {
    JsonObject created =
        call(
            "drafter",
            "POST",
            "/items",
            Json.createObjectBuilder()
                .add("agencyId", 1)
                .add("catalogueId", catalogue)
                .add("title", draft.title())
                .add("summary", draft.summary())
                .add("body", draft.body())
                .add("documentNumber", draft.documentNumber() == null ? "" : draft.documentNumber())
                .add("writtenOn", draft.writtenOn().toString())
                .add("disclosure", "PROACTIVE")
                .add("keywords", draft.keywords())
                .build());
    long id = created.getJsonNumber("id").longValue();
    call("drafter", "POST", "/items/" + id + "/submit", JsonValue.EMPTY_JSON_OBJECT);
    for (int level = 1; level <= 3; level++) {
      call(
          "reviewer" + level,
          "POST",
          "/items/" + id + "/reviews",
          Json.createObjectBuilder()
              .add("decision", "APPROVE")
              .add("comment", "同意")
              .add(
                  "confidentiality",
                  Json.createObjectBuilder().add("conclusion", "NOT_SECRET").add("opinion", "不涉密"))
              .build());
    }
    long approved = System.nanoTime();
    String page = SitePaths.item(agencySlug, id);
    long deadline = approved + Duration.ofMinutes(5).toNanos();
    while (!live(page)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Item " + id + " did not go live within 5 minutes.");
      }
      Thread.sleep(5);
    }
    double latency = (System.nanoTime() - approved) / 1e6;
    JsonObject job = job(id);
    return new Sample(
        id,
        latency,
        job == null || job.isNull("durationMillis")
            ? -1
            : job.getJsonNumber("durationMillis").longValue(),
        job == null || job.isNull("pagesWritten") ? -1 : job.getInt("pagesWritten"));
  }

  private boolean live(String page) {
    for (String variant : VARIANTS) {
      if (!Files.exists(webRoot.resolve(variant + page))) {
        return false;
      }
    }
    return true;
  }

  /** The newest publish job that published the item (it may have run a moment after the page). */
  private JsonObject job(long itemId) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 50; attempt++) {
      JsonObject list = call("office", "GET", "/publish/jobs?size=20", null);
      for (JsonValue v : list.getJsonArray("items")) {
        JsonObject job = v.asJsonObject();
        if (!job.isNull("itemId")
            && job.getJsonNumber("itemId").longValue() == itemId
            && "SUCCEEDED".equals(job.getString("state"))) {
          return job;
        }
      }
      Thread.sleep(100);
    }
    return null;
  }

  private JsonObject call(String user, String method, String path, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(Duration.ofMinutes(2))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + DatabaseLoader.PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method
              + " "
              + path
              + " as "
              + user
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    String text = response.body();
    return text == null || text.isBlank()
        ? JsonValue.EMPTY_JSON_OBJECT
        : Json.createReader(new StringReader(text)).readObject();
  }
}
