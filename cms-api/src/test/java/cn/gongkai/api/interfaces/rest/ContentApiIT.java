package cn.gongkai.api.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.api.interfaces.rest.ApiClient.Reply;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content API on a real Payara Micro with the WAR the build produced, on H2, in demo mode: what
 * a client with curl would see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentApiIT {
  @Deployment(testable = false)
  static WebArchive product() {
    return cn.gongkai.api.ProductArchive.war();
  }

  @ArquillianResource URL deployment;

  private ApiClient api;
  private long agencyId;
  private long catalogueId;

  @BeforeEach
  void demoAgency() {
    api = new ApiClient(deployment);
    JsonObject mengnuo =
        api
            .get("admin", "agencies")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("slug").equals("mengnuo"))
            .findFirst()
            .orElseThrow();
    agencyId = mengnuo.getJsonNumber("id").longValue();
    catalogueId =
        api
            .get("admin", "catalogues?agency=" + agencyId)
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("code").equals("tzgg"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  @Test
  void walksAnItemThroughThreeReviewLevelsToAPublishJob() {
    Reply created = api.post("drafter", "items", item("关于做好冬季森林防火工作的通知"));
    assertEquals(201, created.status(), created.body());
    assertNotNull(created.header("Location"));
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals("DRAFT", created.json().getString("state"));

    Reply submitted = api.post("drafter", "items/" + id + "/submit", "");
    assertEquals(200, submitted.status(), submitted.body());
    assertEquals(1, submitted.json().getInt("reviewLevel"));

    for (int level = 1; level <= 3; level++) {
      Reply reviewed = api.post("reviewer" + level, "items/" + id + "/reviews", approval());
      assertEquals(200, reviewed.status(), reviewed.body());
    }
    JsonObject signed = api.get("drafter", "items/" + id).json();
    assertEquals("APPROVED", signed.getString("state"));
    assertTrue(signed.getString("indexNumber").startsWith("01526291-9-02_D/"), signed.toString());

    JsonObject job =
        api
            .get("office", "publish/jobs?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                j ->
                    j.getJsonNumber("itemId") != null
                        && j.getJsonNumber("itemId").longValue() == id)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no publish job for item " + id));
    assertEquals("ITEM", job.getString("kind"));
    assertEquals("reviewer3", job.getString("requestedBy"));

    JsonObject history = api.get("auditor", "items/" + id + "/history").json();
    long reviews =
        history.getJsonArray("events").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.containsKey("confidentiality"))
            .count();
    assertEquals(3, reviews, "each level leaves a 保密审查 record");
  }

  @Test
  void refusesAStaleUpdateWith412AndKeepsTheStoredVersion() {
    Reply created = api.post("drafter", "items", item("原标题"));
    long id = created.json().getJsonNumber("id").longValue();
    String etag = created.header("ETag");

    Reply first = api.put("drafter", "items/" + id, etag, item("第一次修改"));
    assertEquals(200, first.status(), first.body());
    Reply stale = api.put("drafter", "items/" + id, etag, item("过期的修改"));

    assertEquals(412, stale.status());
    assertEquals("application/problem+json", stale.contentType());
    assertEquals("第一次修改", api.get("drafter", "items/" + id).json().getString("title"));
  }

  @Test
  void answersMalformedJsonWithAProblemDetail() {
    Reply reply = api.post("drafter", "items", "{\"agencyId\": 1, \"title\": ");
    assertEquals(400, reply.status());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(reply.json().getString("detail").contains("JSON"), reply.body());
  }

  @Test
  void namesEveryInvalidFieldInOneAnswer() {
    String body =
        "{\"agencyId\":"
            + agencyId
            + ",\"catalogueId\":"
            + catalogueId
            + ",\"title\":\"\",\"disclosure\":\"PUBLIC\",\"writtenOn\":\"2026-13-45\"}";
    Reply reply = api.post("drafter", "items", body);
    assertEquals(400, reply.status(), reply.body());
    var fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(fields.contains("title"), reply.body());
  }

  @Test
  void rejectsUnknownEnumValuesWithTheAllowedOnes() {
    String body = item("枚举").replace("\"PROACTIVE\"", "\"PUBLIC\"");
    Reply reply = api.post("drafter", "items", body);
    assertEquals(400, reply.status(), reply.body());
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("disclosure", error.getString("field"));
    assertTrue(error.getString("message").contains("PROACTIVE"), reply.body());
  }

  @Test
  void answers404ForAnUnknownItem() {
    Reply reply = api.get("drafter", "items/999999");
    assertEquals(404, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void answers409ForAnIllegalTransition() {
    long id = api.post("drafter", "items", item("未提交的稿件")).json().getJsonNumber("id").longValue();
    Reply reply = api.post("reviewer1", "items/" + id + "/reviews", approval());
    assertEquals(409, reply.status(), reply.body());
  }

  @Test
  void neverAnswersWithoutCredentials() {
    Reply reply = api.get(null, "items");
    assertEquals(401, reply.status());
    assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
  }

  @Test
  void servesOpenApiAndHealth() {
    Reply openapi = api.raw(HttpRequest.newBuilder(api.server("openapi")).GET());
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/items"), "the OpenAPI document lists the item paths");
    Reply health = api.raw(HttpRequest.newBuilder(api.server("health")).GET());
    assertEquals(200, health.status(), health.body());
  }

  @Test
  void publishesAnApprovedItemInAllFourVariants() throws Exception {
    long id =
        api.post("drafter", "items", item("关于发现森林火情及时报告的通知"))
            .json()
            .getJsonNumber("id")
            .longValue();
    api.post("drafter", "items/" + id + "/submit", "");
    for (int level = 1; level <= 3; level++) {
      api.post("reviewer" + level, "items/" + id + "/reviews", approval());
    }

    JsonObject published = awaitState(id, "PUBLISHED");
    String url = published.getString("url");
    assertNotNull(published.getString("publishedAt"));
    Path site = Path.of(System.getProperty("gongkai.it.data")).resolve("site/current");
    for (String variant : new String[] {"", "zh-hant/", "elder/", "elder/zh-hant/"}) {
      Path page = site.resolve(variant + url);
      assertTrue(Files.isRegularFile(page), "missing " + variant + url);
    }
    String traditional = Files.readString(site.resolve("zh-hant/" + url));
    assertTrue(traditional.contains("發現森林火情"), "the traditional page is converted");
    assertTrue(
        traditional.contains(published.getString("indexNumber")),
        "the index number is shown as is");

    Reply served = api.raw(HttpRequest.newBuilder(api.server("gongkai/site/elder/" + url)).GET());
    assertEquals(200, served.status());
    assertTrue(served.body().contains("gk-elder"), "the elderly variant is served at /site/elder/");
  }

  @Test
  void refusesAtSubmitABodyImageWithoutAlternativeText() {
    String body =
        item("配图通知")
            .replace(
                "<p>请各村（社区）做好防火工作。</p>",
                "<p>现场照片：</p><img src=\\\"https://example.gov.cn/a.png\\\">");
    long id = api.post("drafter", "items", body).json().getJsonNumber("id").longValue();
    Reply refused = api.post("drafter", "items/" + id + "/submit", "");
    assertEquals(400, refused.status(), refused.body());
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("body", error.getString("field"));
    assertTrue(error.getString("message").contains("alt"), error.getString("message"));
    assertEquals("DRAFT", api.get("drafter", "items/" + id).json().getString("state"));
  }

  @Test
  void anAdministratorAddsNextYearsHolidaysAndDeadlinesMoveWithoutARelease() {
    assertEquals(
        "2027-01-01",
        api.get("drafter", "calendar/days/2026-12-31?plus=1").json().getString("plusWorkingDays"));
    Reply added =
        api.raw(
            HttpRequest.newBuilder(api.api("calendar/arrangements/cn-2027"))
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                "admin:admin-demo"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "year 2027 国务院办公厅通知（测试）\n2027-01-01 off 元旦\n",
                        java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(200, added.status(), added.body());
    assertEquals(
        "2027-01-04",
        api.get("drafter", "calendar/days/2026-12-31?plus=1").json().getString("plusWorkingDays"));
  }

  /** Publication is asynchronous (the job runner): wait up to a minute for the state. */
  private JsonObject awaitState(long id, String state) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    JsonObject item;
    do {
      item = api.get("drafter", "items/" + id).json();
      if (state.equals(item.getString("state"))) {
        return item;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "Item "
            + id
            + " did not become "
            + state
            + ": "
            + item
            + "\njobs: "
            + api.get("office", "publish/jobs?size=5").body());
  }

  private String item(String title) {
    return "{\"agencyId\":"
        + agencyId
        + ",\"catalogueId\":"
        + catalogueId
        + ",\"title\":\""
        + title
        + "\",\"summary\":\"摘要\",\"body\":\"<p>请各村（社区）做好防火工作。</p>\","
        + "\"writtenOn\":\"2026-11-20\",\"disclosure\":\"PROACTIVE\"}";
  }

  private static String approval() {
    return "{\"decision\":\"APPROVE\",\"comment\":\"同意\","
        + "\"confidentiality\":{\"conclusion\":\"NOT_SECRET\",\"opinion\":\"不涉密\"}}";
  }
}
