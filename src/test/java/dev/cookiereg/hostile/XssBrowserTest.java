package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.testing.BannerHarness;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.StaticServer;
import dev.cookiereg.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A registry whose every text is an injection payload, built and loaded in headless Chromium — the
 * policy page, the history, their embeddable fragments, and both banner configs in the real
 * libraries with every modal open: no dialog opens and the {@code window.__pwned} marker the
 * payloads try to set stays unset.
 */
class XssBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void buildHostileSite() throws Exception {
    Browser.requireAvailable();
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(
        registry,
        Payloads.everyText(Path.of("cookies.yaml"), Payloads.XSS),
        StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("CHANGELOG.md"),
        "# History\n\n## [1.0.0] - 2026-04-03\n\n- " + Payloads.XSS + "\n",
        StandardCharsets.UTF_8);
    Path site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(registry, null, site).render(new RegistryLoader()));
    server =
        BannerHarness.serve(site); // no Content-Security-Policy: the output itself must be inert
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  private void assertNotPwned(String what) {
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .as("a dialog opened on %s", what)
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.js("return typeof window.__pwned;"))
        .as("window.__pwned on %s", what)
        .isEqualTo("undefined");
  }

  private static void settle() throws InterruptedException {
    Thread.sleep(300); // let image errors and timers fire, if any were injected
  }

  @Test
  void thePolicyPageAndTheHistoryStayInert() throws Exception {
    for (String page :
        new String[] {
          "/index.html", "/history.html", "/embed/policy.html", "/embed/history.html"
        }) {
      browser.open(server.uri(page));
      settle();
      assertNotPwned(page);
      assertThat((String) browser.js("return document.body.innerText;"))
          .contains("window.__pwned=1");
    }
  }

  @Test
  void theCookieConsentConfigStaysInertWithEveryModalOpen() throws Exception {
    BannerHarness.open(browser, server, "cookieconsent.html");
    browser.js("CookieConsent.show(true); CookieConsent.showPreferences();");
    settle();
    assertNotPwned("vanilla-cookieconsent");
    assertThat((String) browser.js("return document.querySelector('#cc-main').innerText;"))
        .contains("__pwned");
  }

  @Test
  void theKlaroConfigStaysInertWithItsModalOpen() throws Exception {
    BannerHarness.open(browser, server, "klaro.html");
    browser.js("klaro.show(window.harnessConfig, true);");
    settle();
    assertNotPwned("Klaro");
    assertThat((String) browser.js("return document.querySelector('.klaro').innerText;"))
        .contains("__pwned");
  }
}
