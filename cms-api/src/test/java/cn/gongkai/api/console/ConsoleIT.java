package cn.gongkai.api.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * The admin console (/admin/) as its users meet it, in headless Chromium against the real server: a
 * drafter writes and submits an item, a level-1 reviewer signs it with a 保密审查 conclusion, and the
 * server's own messages reach the screen — beside the field they concern. One browser for the
 * class; each test signs in afresh and depends on no other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  @Deployment(testable = false)
  static WebArchive product() {
    return cn.gongkai.api.ProductArchive.war();
  }

  /** Where the product runs; the host may be a non-loopback address of this machine. */
  @ArquillianResource URL deployment;

  private static ConsoleBrowser browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = ConsoleBrowser.start();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    browser.close();
  }

  @Test
  void aDrafterSubmitsAnItemThatTheFirstLevelReviewerSignsWithAConfidentialityConclusion() {
    String title = "关于做好冬季森林防火工作的通知（" + System.nanoTime() + "）";

    signIn("drafter", "drafter-demo");
    browser.click("nav a[href='#/items/new']");
    browser.choose("#item-catalogue", "通知公告");
    browser.type("#item-title", title);
    browser.type("#item-summary", "部署冬季森林防火工作");
    browser.type("#item-body-visual", "各村委会：请做好森林防火工作。");
    browser.click("#save-item");
    browser.awaitAddress("/edit");
    browser.findWithText(".notice.success", "草稿已保存");

    browser.click("nav a[href='#/items']");
    WebElement row = row(title);
    assertEquals("DRAFT", row.getAttribute("data-state"));
    assertTrue(row.getText().contains("草稿"), row.getText());

    browser.click(rowLink(title));
    browser.click("#submit-item");
    browser.findWithText("#item-state", "审核中");
    String item = browser.address().replaceAll(".*#/items/(\\d+).*", "$1");
    signOut();

    signIn("reviewer1", "reviewer1-demo");
    browser.click("nav a[href='#/items?state=IN_REVIEW']");
    browser.click(rowLink(title));
    browser.find("#review-form");
    browser.click("#review-decision-APPROVE");
    browser.click("#review-conclusion-NOT_SECRET");
    browser.type("#review-opinion", "不涉密，同意公开");
    browser.type("#review-comment", "同意");
    browser.click("#submit-review");

    browser.findWithText(".notice.success", "已签署第 1 级审核意见");
    assertTrue(browser.address().endsWith("#/items/" + item), browser.address());
    assertTrue(browser.find(".summary-list").getText().contains("第 2 级 / 共 3 级"));
    WebElement approval = browser.find("#history-table tr[data-action='APPROVED']");
    assertTrue(approval.getText().contains("reviewer1"), approval.getText());
    assertTrue(approval.getText().contains("不涉密，可以公开"), approval.getText());
    assertTrue(approval.getText().contains("不涉密，同意公开"), approval.getText());
  }

  @Test
  void aWrongPasswordShowsTheServersMessage() {
    signInAttempt("auditor", "not-the-password");

    WebElement summary = browser.findWithText(".error-summary", "无法登录");
    assertTrue(summary.getText().contains("The username or password is wrong."), summary.getText());
    assertFalse(browser.exists("#sign-out"), "still signed out");
  }

  @Test
  void aMissingTitleIsShownBesideTheTitleField() {
    signIn("drafter", "drafter-demo");
    browser.click("nav a[href='#/items/new']");
    browser.choose("#item-catalogue", "通知公告");
    browser.type("#item-summary", "没有标题的草稿");
    browser.click("#save-item");

    WebElement error = browser.find("#item-title-error");
    assertTrue(error.getText().contains("A title (名称) is required."), error.getText());
    assertEquals(
        Boolean.TRUE,
        browser.script(
            "var e = document.getElementById('item-title-error');"
                + " return e.closest('.field').contains(document.getElementById('item-title'));"),
        "the message sits in the title's field");
    WebElement titleInput = browser.find("#item-title");
    assertEquals("true", titleInput.getAttribute("aria-invalid"));
    assertTrue(titleInput.getAttribute("aria-describedby").contains("item-title-error"));
    assertTrue(browser.find(".error-summary").getText().contains("标题"), "listed in the summary");
    assertTrue(browser.address().endsWith("#/items/new"), "nothing was created");
  }

  @Test
  void theConsoleIsServedUnderAStrictContentSecurityPolicyThatItKeeps() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(console()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertEquals(CSP, page.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null));
    assertTrue(page.body().contains("<script type=\"module\" src=\"app.js\">"));

    HttpResponse<Void> bare =
        http.send(
            HttpRequest.newBuilder(deployment.toURI().resolve("admin")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    assertTrue(bare.statusCode() / 100 == 3, "/admin redirects: " + bare.statusCode());
    assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/admin/"));

    // The console's own scripts, styles and requests break none of it: exercise a busy screen.
    signIn("office", "office-demo");
    browser.click("nav a[href='#/publish']");
    browser.find("#jobs-table");
    browser.click("nav a[href='#/guide']");
    browser.find("#guide-form");
    assertEquals(
        List.of(),
        browser.consoleMessages().stream()
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList());
  }

  private URI console() {
    return URI.create(deployment.toString()).resolve("admin/");
  }

  /** Opens the console signed out and signs in; waits until the signed-in screen shows. */
  private void signIn(String username, String password) {
    signInAttempt(username, password);
    browser.find("#sign-out");
  }

  private void signInAttempt(String username, String password) {
    browser.open(console().toString());
    browser.find("#signin-username, #sign-out");
    if (browser.exists("#sign-out")) {
      signOut();
    }
    browser.type("#signin-username", username);
    browser.type("#signin-password", password);
    browser.click("#sign-in-form button[type='submit']");
  }

  private void signOut() {
    browser.click("#sign-out");
    browser.find("#signin-username");
  }

  private WebElement row(String title) {
    return browser.findWithText("#items-table tbody tr", title);
  }

  private String rowLink(String title) {
    return "#items-table tr[data-item-id='" + row(title).getAttribute("data-item-id") + "'] a";
  }
}
