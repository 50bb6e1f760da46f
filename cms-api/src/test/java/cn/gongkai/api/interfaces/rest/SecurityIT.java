package cn.gongkai.api.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.api.interfaces.rest.ApiClient.Reply;
import cn.gongkai.publisher.cli.OnePagePdf;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, and what can't hurt: the authorisation matrix through the REST API, sanitising,
 * screening at submit with its one-call fix, uploads, sign-in throttling, sessions and the audit
 * log — on the real server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  /** A valid 18-digit 身份证号 (checksum X) of the kind that leaked in 铜陵 2017. */
  private static final String ID_NUMBER = "11010519491231002X";

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
    agencyId = 1;
    catalogueId =
        api
            .get("admin", "catalogues?agency=1")
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

  /** One cell of the matrix: a role doing an action, and the status it must get. */
  private record Cell(String role, String action, int expected, int actual) {}

  @Test
  void eachRoleMayDoWhatItsJobNeedsAndNothingElse() {
    List<Cell> cells = new ArrayList<>();
    String[] roles = {
      "drafter", "reviewer1", "reviewer2", "reviewer3", "office", "admin", "auditor"
    };
    for (String role : roles) {
      int create = api.post(role, "items", item("矩阵 " + role, "<p>正文</p>")).status();
      cells.add(
          new Cell(
              role,
              "create item",
              role.equals("drafter") || role.equals("office") ? 201 : 403,
              create));
      cells.add(new Cell(role, "list items", 200, api.get(role, "items").status()));
      cells.add(
          new Cell(
              role,
              "register agency",
              role.equals("admin") ? 201 : 403,
              api.post(
                      role,
                      "agencies",
                      "{\"slug\":\"matrix\",\"orgCode\":\"MATRIX-0001\",\"name\":\"矩阵测试机构\"}")
                  .status()));
      cells.add(
          new Cell(
              role,
              "read audit log",
              role.equals("admin") || role.equals("auditor") ? 200 : 403,
              api.get(role, "audit").status()));
      if (!role.equals("office") && !role.equals("admin")) {
        cells.add(
            new Cell(
                role,
                "roll back the site",
                403,
                api.post(role, "publish/releases/rollback", "").status()));
      }
    }
    long draft = created(api.post("drafter", "items", item("待审核", "<p>正文</p>")));
    cells.add(
        new Cell(
            "reviewer1",
            "submit another's draft",
            403,
            api.post("reviewer1", "items/" + draft + "/submit", "").status()));
    cells.add(
        new Cell(
            "auditor",
            "submit",
            403,
            api.post("auditor", "items/" + draft + "/submit", "").status()));
    cells.add(
        new Cell(
            "drafter",
            "submit own draft",
            200,
            api.post("drafter", "items/" + draft + "/submit", "").status()));
    for (String role : new String[] {"drafter", "reviewer2", "reviewer3", "office", "auditor"}) {
      cells.add(
          new Cell(
              role,
              "review at level 1",
              403,
              api.post(role, "items/" + draft + "/reviews", approval()).status()));
    }
    cells.add(
        new Cell(
            "reviewer1",
            "review at level 1",
            200,
            api.post("reviewer1", "items/" + draft + "/reviews", approval()).status()));
    cells.add(
        new Cell(
            "reviewer1",
            "sign level 2 too",
            403,
            api.post("reviewer1", "items/" + draft + "/reviews", approval()).status()));
    cells.add(
        new Cell(
            "drafter",
            "withdraw",
            403,
            api.post("drafter", "items/" + draft + "/withdraw", "{\"reason\":\"x\"}").status()));
    cells.add(new Cell("nobody", "list items", 401, api.get(null, "items").status()));
    cells.add(
        new Cell(
            "nobody",
            "create item",
            401,
            api.post(null, "items", item("匿名", "<p>x</p>")).status()));

    List<Cell> wrong = cells.stream().filter(c -> c.expected() != c.actual()).toList();
    assertTrue(wrong.isEmpty(), "cells that disagree: " + wrong);
  }

  @Test
  void storesEditorHtmlWithoutScript() {
    Reply r =
        api.post(
            "drafter",
            "items",
            item(
                "脚本",
                "<p onclick=alert(1)>正文</p><script>alert(1)</script><a href=javascript:alert(1)>链接</a>"));
    String body = r.json().getString("body");
    assertFalse(
        body.contains("script") || body.contains("onclick") || body.contains("javascript:"), body);
  }

  @Test
  void refusesAtSubmitAPersonalNumberAndOffersTheMaskingFix() {
    Reply created =
        api.post("drafter", "items", item("补助名单", "<p>张三，身份证号 " + ID_NUMBER + "，补助 500 元。</p>"));
    long id = created(created);
    Reply refused = api.post("drafter", "items/" + id + "/submit", "");
    assertEquals(400, refused.status(), refused.body());
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("body", error.getString("field"));
    assertFalse(refused.body().contains(ID_NUMBER), "the answer never repeats the full number");

    String etag = api.get("drafter", "items/" + id).header("ETag");
    Reply masked =
        api.raw(
            HttpRequest.newBuilder(api.api("items/" + id + "/mask-personal-data"))
                .header("Authorization", basic("drafter"))
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, masked.status(), masked.body());
    assertTrue(masked.json().getString("body").contains("11*************02X"), masked.body());
    assertEquals(200, api.post("drafter", "items/" + id + "/submit", "").status());
  }

  @Test
  void refusesAnUploadThatIsNotWhatItsNameClaims() {
    long id = created(api.post("drafter", "items", item("附件", "<p>正文</p>")));
    Reply r =
        upload(
            id,
            "报告.pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.status(), r.body());
    assertEquals("application/problem+json", r.contentType());
  }

  @Test
  void refusesAnOversizedUploadAndKeepsNothing() {
    long id = created(api.post("drafter", "items", item("大附件", "<p>正文</p>")));
    Reply r = upload(id, "大.pdf", new byte[1024 * 1024 + 10]);
    assertEquals(413, r.status(), r.body());
    assertEquals(0, api.get("drafter", "items/" + id + "/attachments").json().getInt("total"));
  }

  @Test
  void acceptsAPdfAndNamesItByItsType() {
    long id = created(api.post("drafter", "items", item("报告附件", "<p>正文</p>")));
    Reply r =
        upload(
            id,
            "../../etc/年度报告.PDF",
            OnePagePdf.drawnBy("BT /F1 12 Tf 72 720 Td (annual report) Tj ET"));
    assertEquals(201, r.status(), r.body());
    assertEquals("application/pdf", r.json().getString("mediaType"));
    assertEquals("年度报告.pdf", r.json().getString("fileName"));
  }

  @Test
  void locksOutAUsernameAfterRepeatedWrongPasswords() {
    for (int i = 0; i < 5; i++) {
      Reply wrong =
          api.raw(get("items").header("Authorization", basicWith("mallory", "guess" + i)));
      assertEquals(401, wrong.status());
    }
    Reply locked = api.raw(get("items").header("Authorization", basicWith("mallory", "guess5")));
    assertEquals(429, locked.status(), locked.body());
    assertTrue(locked.header("Retry-After") != null);
    assertEquals(200, api.get("drafter", "items").status(), "others at the same address sign in");
  }

  @Test
  void signsInWithASessionCookieThatNeedsTheCsrfHeaderForChanges() {
    Reply signIn =
        api.raw(
            HttpRequest.newBuilder(api.api("session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"office\",\"password\":\"office-demo\"}")));
    assertEquals(201, signIn.status(), signIn.body());
    String setCookie = signIn.header("Set-Cookie");
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    assertEquals(200, api.raw(get("items").header("Cookie", cookie)).status());
    HttpRequest.Builder change =
        HttpRequest.newBuilder(api.api("items"))
            .header("Cookie", cookie)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    item("会话", "<p>x</p>"), StandardCharsets.UTF_8));
    assertEquals(403, api.raw(change).status(), "a change without the CSRF header is refused");
    assertEquals(201, api.raw(change.header("X-Gongkai-Csrf", "1")).status());
  }

  @Test
  void recordsActionsInAVerifiableAuditLog() {
    created(api.post("drafter", "items", item("审计", "<p>x</p>")));
    api.post("reviewer2", "agencies", "{}");
    JsonObject log = api.get("auditor", "audit?size=50").json();
    List<JsonObject> entries = log.getJsonArray("items").getValuesAs(JsonObject.class);
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("actor").equals("drafter")
                        && e.getString("action").equals("POST items")
                        && e.getString("outcome").equals("OK")
                        && e.containsKey("afterHash")));
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    e.getString("actor").equals("reviewer2")
                        && e.getString("outcome").equals("REFUSED")));
    assertTrue(entries.stream().allMatch(e -> e.containsKey("remoteAddress")));
    assertTrue(api.get("auditor", "audit/verify").json().getBoolean("intact"));
  }

  private Reply upload(long itemId, String name, byte[] bytes) {
    String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
    return api.raw(
        HttpRequest.newBuilder(api.api("items/" + itemId + "/attachments?name=" + encoded))
            .header("Authorization", basic("drafter"))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(api.api(path)).GET();
  }

  private static String basic(String user) {
    return basicWith(user, user + "-demo");
  }

  private static String basicWith(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static long created(Reply r) {
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  private String item(String title, String body) {
    return "{\"agencyId\":"
        + agencyId
        + ",\"catalogueId\":"
        + catalogueId
        + ",\"title\":\""
        + title
        + "\",\"body\":\""
        + body.replace("\"", "\\\"")
        + "\",\"writtenOn\":\"2026-11-20\",\"disclosure\":\"PROACTIVE\"}";
  }

  private static String approval() {
    return "{\"decision\":\"APPROVE\",\"confidentiality\":{\"conclusion\":\"NOT_SECRET\"}}";
  }
}
