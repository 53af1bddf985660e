package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.audit.AuditRule;
import dev.cookiereg.audit.AuditRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The loopback test website works in Chromium as its expectations assume: the hosts resolve, the
 * real banner libraries run with the generated configs under the shops' CSP, a plant is there
 * before any choice while a gated tag is held back until its category is accepted through the
 * banner's API, and Klaro deletes the refused cookie a pixel wrote before it.
 */
class TestWebsiteTest {
  /** Records every {@code document.cookie} write into {@code window.__cookieWrites}. */
  private static final String COOKIE_WRITES =
      String.join(
          "\n",
          "window.__cookieWrites = [];",
          "(function () {",
          "  var d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');",
          "  Object.defineProperty(document, 'cookie', {configurable: true,",
          "    get: function () { return d.get.call(document); },",
          "    set: function (v) { window.__cookieWrites.push(String(v)); d.set.call(document, v); }});",
          "})();");

  static TestWebsite site;
  static Browser browser;
  private int requestsBefore;

  @BeforeAll
  static void start() {
    Browser.requireAvailable();
    site = TestWebsite.start();
    // vanilla-cookieconsent's hideFromBots (on in the generated config) shows no banner and runs no
    // gated script for a browser whose navigator.webdriver is true; a visitor's browser is not one
    browser =
        Browser.startOrSkip(
            site.hostResolverRules(), "--disable-blink-features=AutomationControlled");
    browser
        .driver()
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", COOKIE_WRITES));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (site != null) site.close();
  }

  @BeforeEach
  void freshVisitor() {
    browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    requestsBefore = site.requests().size();
  }

  @Test
  void beforeAnyChoiceTheServersMarketingCookieIsSetAndTheAnalyticsTagIsHeldBack() {
    openShop("/products.html");

    assertThat(cookie("_adt_click")).as("the planted pre-consent cookie").isNotNull();
    assertThat(cookie("_adt_click").isHttpOnly()).isTrue();
    assertThat(cookie("_st_id")).as("the gated analytics cookie").isNull();
    assertThat(requested())
        .contains(TestWebsite.PIXEL + "/p.gif")
        .doesNotContain(TestWebsite.STATS + "/tag.js");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void acceptingAnalyticsThroughTheBannerLetsTheAnalyticsTagIn() {
    openShop("/");

    browser.js("CookieConsent.acceptCategory(['analytics']);");

    waitFor("return document.cookie.indexOf('_st_id=') >= 0;");
    assertThat(requested())
        .contains(TestWebsite.STATS + "/tag.js")
        .as("marketing, not accepted")
        .doesNotContain(TestWebsite.ADS + "/ads.js");
    assertThat(cookie("_adt")).isNull();
  }

  @Test
  void klaroDeletesTheCookieOfARefusedServiceThatAPixelWroteBeforeIt() {
    browser.open(site.url(TestWebsite.KLARO_SHOP, "/"));
    waitFor("return !!document.querySelector('.klaro .cookie-notice');");

    @SuppressWarnings("unchecked")
    List<String> writes = (List<String>) browser.js("return window.__cookieWrites;");
    assertThat(writes).anyMatch(w -> w.startsWith("_soc=fb."));
    assertThat(writes).anyMatch(w -> w.startsWith("_soc=; Max-Age=-"));
    assertThat(cookie("_soc")).isNull();
    assertThat(browser.cspViolations()).isEmpty();
  }

  /** expected.yaml is what the live audit test compares with: it must plant every rule. */
  @Test
  void theExpectationsPlantEveryAuditRuleOnTheShops() {
    Set<String> planted = new TreeSet<>();
    for (String s : List.of(TestWebsite.SHOP, TestWebsite.KLARO_SHOP)) {
      TestWebsite.expected(s).forEach(e -> planted.add(e.rule()));
    }
    assertThat(planted)
        .isEqualTo(AuditRules.ALL.stream().map(AuditRule::id).collect(Collectors.toSet()));
  }

  private void openShop(String path) {
    browser.open(site.url(TestWebsite.SHOP, path));
    waitFor("return !!document.getElementById('cc-main');");
  }

  private void waitFor(String script) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> Boolean.TRUE.equals(browser.js(script)));
  }

  private static Cookie cookie(String name) {
    return browser.driver().manage().getCookieNamed(name);
  }

  /** What was requested during this test, as {@code host/path}. */
  private Set<String> requested() {
    Set<String> out = new TreeSet<>();
    List<TestWebsite.Request> all = site.requests();
    all.subList(requestsBefore, all.size()).forEach(r -> out.add(r.host() + r.path()));
    return out;
  }
}
