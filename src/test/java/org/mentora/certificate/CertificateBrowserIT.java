package org.mentora.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentora.support.Browser;
import org.mentora.support.Deployments;
import org.mentora.support.RequiresBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The certificate journey: the administrator issues a certificate to an eligible participant,
 * anyone verifies it by its code on /verify without signing in, the administrator revokes it with a
 * reason, and the visitor sees it revoked. The participant and their edition are the test's own
 * (arranged by a test-only servlet in this deployment).
 */
@ExtendWith({RequiresBrowser.class, ArquillianExtension.class})
class CertificateBrowserIT {

  private static final String PASSWORD = "mentora-demo";

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    WebArchive archive =
        Deployments.mentora()
            .addClasses(CertificateFixtures.class, EligibleParticipantServlet.class);
    String webXml;
    try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The fixture servlet answers without a login (and only to localhost), in this deployment only.
    String open =
        """
          <security-constraint>
            <web-resource-collection>
              <web-resource-name>test-fixtures</web-resource-name>
              <url-pattern>/test-fixtures/*</url-pattern>
            </web-resource-collection>
          </security-constraint>
        </web-app>
        """;
    archive.delete("WEB-INF/web.xml");
    return archive.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
  }

  @ArquillianResource URL base;

  private Browser admin;
  private Browser visitor;

  @BeforeEach
  void openBrowsers() {
    admin = new Browser(base);
  }

  @AfterEach
  void closeBrowsers() {
    admin.close();
    if (visitor != null) {
      visitor.close();
    }
  }

  /** editionId;enrolmentId;holder name of a fresh eligible participant. */
  private String[] eligibleParticipant(String name) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(base + "test-fixtures/eligible-participant?name=" + name))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body().split(";");
  }

  @Test
  void theAdministratorIssuesAVisitorVerifiesItIsRevokedAndTheVisitorSeesIt() throws Exception {
    String run = "Kalns" + UUID.randomUUID().toString().substring(0, 6);
    String[] arranged = eligibleParticipant(run);
    String editionId = arranged[0];
    String holder = arranged[2];

    admin.logIn("admin", PASSWORD);
    admin.open("certificate/eligibility.xhtml?edition=" + editionId);
    assertEquals(
        "Each participant's preferred language", admin.text(By.id("eligibility:language_label")));
    // Latvian with English beside every label, as many European certificates are.
    admin.choose("eligibility:language", "Latvian");
    tick("eligibility:alsoEnglish");
    WebElement row = row("eligibility:table", holder);
    assertEquals("Eligible", row.findElement(By.cssSelector(".eligibility-status")).getText());
    row.findElement(By.xpath(".//button[contains(@id,':issue')]")).click();
    admin.waitForText(By.id("globalMessages"), "Certificate issued to " + holder);
    assertEquals(List.of(), admin.consoleErrors(), "eligibility page");

    admin.open("certificate/certificates.xhtml?edition=" + editionId);
    WebElement issued = row("certificates:table", holder);
    String shortCode = issued.findElement(By.cssSelector(".certificate-code")).getText();
    assertEquals("Valid", issued.findElement(By.cssSelector(".certificate-status")).getText());
    assertEquals(
        "Latvian with English",
        issued.findElement(By.cssSelector(".certificate-language")).getText());

    visitor = new Browser(base);
    visitor.open("verify");
    visitor.type(By.id("verify:code"), shortCode.toLowerCase(java.util.Locale.ROOT));
    visitor.clickAndWait(By.id("verify:check"));
    assertEquals("This certificate is valid.", visitor.text(By.id("verifyStatus")));
    assertEquals(holder, visitor.text(By.id("holder")));
    assertEquals(shortCode, visitor.text(By.id("shortCode")));
    assertEquals(64, visitor.text(By.id("sha256")).length());
    // A module's ECVET points are counted through the plural rules: "1 ECVET point", not "points".
    String verified = visitor.text(By.tagName("body"));
    assertTrue(verified.contains("(1 ECVET point)"), verified);
    assertEquals("Latvian with English", visitor.text(By.id("certificateLanguage")));
    assertEquals(List.of(), visitor.consoleErrors(), "verification page");

    // Revoking without a reason is refused next to the field; with one it goes through.
    issued.findElement(By.xpath(".//button[contains(@id,':revoke')]")).click();
    admin.waitForAjax();
    admin.waitFor(By.id("revokeForm:reason"));
    admin.clickAndWait(By.id("revokeForm:confirm"));
    assertEquals(
        "Please give the reason for revoking.", admin.text(By.id("revokeForm:reasonMessage")));
    admin.type(By.id("revokeForm:reason"), "Issued in error " + run);
    admin.clickAndWait(By.id("revokeForm:confirm"));
    admin.waitForText(By.id("globalMessages"), "The certificate is revoked.");
    assertEquals(
        "Revoked",
        row("certificates:table", holder)
            .findElement(By.cssSelector(".certificate-status"))
            .getText());
    assertEquals(List.of(), admin.consoleErrors(), "certificates page");

    visitor.driver().navigate().refresh();
    assertTrue(
        visitor.text(By.id("verifyRevoked")).startsWith("This certificate was revoked on"),
        visitor.text(By.id("verifyRevoked")));
    assertEquals("Issued in error " + run, visitor.text(By.id("revokeReason")));

    visitor.open("verify?code=ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    assertTrue(visitor.text(By.id("unknown")).startsWith("No certificate has this code"));
    visitor.open("verify?code=%3Cscript%3E");
    assertTrue(visitor.text(By.id("malformed")).startsWith("This is not a certificate code"));
    assertEquals(List.of(), visitor.consoleErrors(), "no script is blocked by the CSP");
  }

  @Test
  void aReissueOffersTheCertificatesOwnLanguageAndTakesAnother() throws Exception {
    String run = "Papadopoulou" + UUID.randomUUID().toString().substring(0, 6);
    String[] arranged = eligibleParticipant(run);
    String holder = arranged[2];
    admin.logIn("admin", PASSWORD);
    admin.open("certificate/eligibility.xhtml?edition=" + arranged[0]);
    admin.choose("eligibility:language", "Greek");
    tick("eligibility:alsoEnglish");
    row("eligibility:table", holder)
        .findElement(By.xpath(".//button[contains(@id,':issue')]"))
        .click();
    admin.waitForText(By.id("globalMessages"), "Certificate issued to " + holder);

    admin.open("certificate/certificates.xhtml?edition=" + arranged[0]);
    WebElement issued = row("certificates:table", holder);
    assertEquals(
        "Greek with English",
        issued.findElement(By.cssSelector(".certificate-language")).getText());
    issued.findElement(By.xpath(".//button[contains(@id,':reissue')]")).click();
    admin.waitForAjax();
    admin.waitFor(By.id("reissueForm:language"));
    assertEquals("Greek", admin.text(By.id("reissueForm:language_label")), "its own language");
    assertTrue(checked("reissueForm:alsoEnglish"), "and English beside it");
    admin.choose("reissueForm:language", "Bulgarian");
    tick("reissueForm:alsoEnglish");
    admin.clickAndWait(By.id("reissueForm:confirm"));
    admin.waitForText(By.id("globalMessages"), "Reissued as");
    WebElement successor = row("certificates:table", holder);
    assertEquals("Valid", successor.findElement(By.cssSelector(".certificate-status")).getText());
    assertEquals(
        "Bulgarian", successor.findElement(By.cssSelector(".certificate-language")).getText());
    assertEquals(List.of(), admin.consoleErrors(), "certificates page with the reissue dialog");
  }

  /** Clicks a PrimeFaces checkbox (selectBooleanCheckbox), switching it. */
  private void tick(String id) {
    admin.waitFor(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
  }

  private boolean checked(String id) {
    return admin
        .waitFor(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"))
        .getAttribute("class")
        .contains("ui-state-active");
  }

  @Test
  void theModuleResultsGridShowsWholeNamesAndStatesInWordsAt1400Pixels() throws Exception {
    // ASCII: the fixture makes the e-mail address from this name.
    String run = "Balode-Ozolina" + UUID.randomUUID().toString().substring(0, 6);
    String[] arranged = eligibleParticipant(run);
    String holder = arranged[2];
    admin.driver().manage().window().setSize(new Dimension(1400, 900));
    admin.logIn("admin", PASSWORD);
    admin.open("certificate/module-results.xhtml?edition=" + arranged[0]);

    WebElement name =
        admin.waitFor(
            By.xpath(
                "//td[contains(@class,'results-name-col')][normalize-space(.)=\""
                    + holder
                    + "\"]"));
    JavascriptExecutor page = (JavascriptExecutor) admin.driver();
    long scrollWidth = (Long) page.executeScript("return arguments[0].scrollWidth;", name);
    long clientWidth = (Long) page.executeScript("return arguments[0].clientWidth;", name);
    assertTrue(scrollWidth <= clientWidth, "name clipped: " + scrollWidth + " > " + clientWidth);
    List<WebElement> codes =
        admin.driver().findElements(By.cssSelector("thead .results-cell abbr[title]"));
    assertFalse(codes.isEmpty(), "module codes head the columns, the full title in a tooltip");
    assertFalse(codes.get(0).getAttribute("title").isBlank());

    WebElement cell = name.findElement(By.xpath("./ancestor::tr//button[contains(@id,':toggle')]"));
    String id = cell.getAttribute("id");
    assertEquals("Passed", cell.getText().strip());
    cell.click();
    admin.waitForText(By.id(id), "Not passed");
    assertTrue(
        admin.driver().findElement(By.id(id)).getAttribute("class").contains("result-NOT_PASSED"));
    assertEquals(List.of(), admin.consoleErrors(), "module results page");
  }

  private WebElement row(String tableId, String holder) {
    return admin.waitFor(
        By.xpath(
            "//tbody[@id='" + tableId + "_data']/tr[.//*[normalize-space(.)=\"" + holder + "\"]]"));
  }
}
