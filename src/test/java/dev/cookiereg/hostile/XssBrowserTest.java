package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.StaticServer;
import dev.cookiereg.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A registry whose every text is an injection payload, built and loaded in headless Chromium — the policy page,
 * the history, and both banner configs in the real libraries with every modal open: no dialog opens and the
 * {@code window.__pwned} marker the payloads try to set stays unset.
 */
class XssBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void buildHostileSite() throws Exception {
    Browser.requireAvailable();
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, Payloads.everyText(Path.of("cookies.yaml"), Payloads.XSS), StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("CHANGELOG.md"), "# History\n\n## [1.0.0] - 2026-04-03\n\n- " + Payloads.XSS
        + "\n", StandardCharsets.UTF_8);
    Path site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(registry, null, site).render(new RegistryLoader()));
    server = StaticServer.builder(site)
        .mount("/vendor/", Path.of("node_modules"))
        .mount("/harness/", Path.of("src/test/resources/banner-harness"))
        .csp(null) // no Content-Security-Policy: the output itself must be inert
        .start();
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  private void assertNotPwned(String what) {
    assertThatThrownBy(() -> browser.driver().switchTo().alert()).as("a dialog opened on %s", what)
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.js("return typeof window.__pwned;")).as("window.__pwned on %s", what).isEqualTo("undefined");
  }

  private void waitForHarness() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
        Boolean.TRUE.equals(browser.js("return window.harnessReady === true || !!window.harnessError;")));
    assertThat(browser.js("return window.harnessError || null;")).isNull();
  }

  private static void settle() throws InterruptedException {
    Thread.sleep(300); // let image errors and timers fire, if any were injected
  }

  @Test
  void thePolicyPageAndTheHistoryStayInert() throws Exception {
    for (String page : new String[] {"/index.html", "/history.html"}) {
      browser.open(server.uri(page));
      settle();
      assertNotPwned(page);
      assertThat((String) browser.js("return document.body.innerText;")).contains("window.__pwned=1");
    }
  }

  @Test
  void theCookieConsentConfigStaysInertWithEveryModalOpen() throws Exception {
    browser.open(server.uri("/harness/cookieconsent.html"));
    waitForHarness();
    browser.js("CookieConsent.show(true); CookieConsent.showPreferences();");
    settle();
    assertNotPwned("vanilla-cookieconsent");
    assertThat((String) browser.js("return document.querySelector('#cc-main').innerText;")).contains("__pwned");
  }

  @Test
  void theKlaroConfigStaysInertWithItsModalOpen() throws Exception {
    browser.open(server.uri("/harness/klaro.html"));
    waitForHarness();
    browser.js("klaro.show(window.harnessConfig, true);");
    settle();
    assertNotPwned("Klaro");
    assertThat((String) browser.js("return document.querySelector('.klaro').innerText;")).contains("__pwned");
  }
}
