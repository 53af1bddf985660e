package dev.cookiereg.banner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.model.Category;
import dev.cookiereg.model.Registry;
import dev.cookiereg.testing.BannerHarness;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.StaticServer;
import dev.cookiereg.write.SiteWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated banner configs in the real libraries (vanilla-cookieconsent 3.1.0 and Klaro 0.7.22
 * from npm), loaded from a loopback server in headless Chromium: the categories and defaults the
 * policy promises, equal buttons, declined cookies cleared, and a new banner revision asking again.
 */
class BannerLibrariesTest {
  @TempDir static Path tmp;
  static Registry registry;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.requireAvailable();
    RegistryLoader loader = new RegistryLoader();
    registry = loader.load(Path.of("cookies.yaml")).registry();
    Path site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(Path.of("cookies.yaml"), null, Path.of("site")).render(loader));
    server = BannerHarness.serve(site);
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @BeforeEach
  void freshVisitor() {
    browser.open(server.uri("/harness/cookieconsent.html"));
    browser.driver().manage().deleteAllCookies();
  }

  private void openCookieConsent(String query) {
    BannerHarness.open(browser, server, "cookieconsent.html" + query);
  }

  /** The cookie Klaro keeps choices in, as the generated config names it. */
  private static String storageName() {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(java.nio.file.Path.of("site/banner/klaro.json").toFile())
          .get("storageName")
          .asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String cookies() {
    return (String) browser.js("return document.cookie;");
  }

  @Test
  void preferencesShowOneTogglePerCategoryWithOnlyEssentialOnAndLocked() {
    openCookieConsent("");
    browser.js("CookieConsent.showPreferences();");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> toggles =
        (List<Map<String, Object>>)
            browser.js(
                "return [...document.querySelectorAll('#cc-main .pm label.section__toggle-wrapper:not(.toggle-service) > input.section__toggle')].map(i => "
                    + "({id: i.value, checked: i.checked, disabled: i.disabled}));");
    assertThat(toggles)
        .extracting(t -> t.get("id"))
        .containsExactlyElementsOf(registry.categories().stream().map(Category::id).toList());
    for (Map<String, Object> t : toggles) {
      boolean essential = registry.category((String) t.get("id")).orElseThrow().required();
      assertThat(t.get("checked")).as("%s pre-checked", t.get("id")).isEqualTo(essential);
      assertThat(t.get("disabled")).as("%s locked", t.get("id")).isEqualTo(essential);
    }
  }

  @Test
  void rejectAllIsStyledLikeAcceptAll() {
    openCookieConsent("");
    String accept =
        (String)
            browser.js("return document.querySelector('#cc-main .cm [data-role=all]').className;");
    String reject =
        (String)
            browser.js(
                "return document.querySelector('#cc-main .cm [data-role=necessary]').className;");
    String label =
        (String)
            browser.js(
                "return document.querySelector('#cc-main .cm [data-role=necessary]').textContent.trim();");
    assertThat(reject).isEqualTo(accept);
    assertThat(label).isEqualTo("Reject all");
  }

  @Test
  void rejectingAnalyticsClearsItsDeclaredCookies() {
    openCookieConsent("");
    browser.js("CookieConsent.acceptCategory(['analytics']);");
    browser.js(
        "document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = 'ph_abc_posthog=1; path=/';"
            + "document.cookie = 'unrelated=1; path=/';");
    assertThat(cookies()).contains("_ga=").contains("ph_abc_posthog=");

    browser.js("CookieConsent.acceptCategory([]);");

    assertThat(cookies())
        .doesNotContain("_ga=")
        .doesNotContain("ph_abc_posthog=")
        .contains("unrelated=1");
    assertThat(browser.js("return CookieConsent.acceptedCategory('analytics');")).isEqualTo(false);
  }

  /**
   * Cookies as Matomo and GA4 really name them (the policy prints _pk_id, _pk_ses, _pk_ref and
   * ga*), planted as issue 16 planted them.
   */
  static final String PLANT_REAL_NAMES =
      "for (const n of ['_pk_id.1.1fff', '_pk_ses.1.1fff', '_pk_ref.1.1fff', '_ga_ABC123XYZ'])"
          + " document.cookie = n + '=1; path=/'; document.cookie = 'unrelated=1; path=/';";

  @Test
  void rejectingClearsTheCookiesUnderTheNamesMatomoAndGa4Write() {
    openCookieConsent("");
    browser.js("CookieConsent.acceptCategory(['analytics']);");
    browser.js(PLANT_REAL_NAMES);
    assertThat(cookies()).contains("_pk_id.1.1fff=").contains("_ga_ABC123XYZ=");

    browser.js("CookieConsent.acceptCategory([]);");

    assertThat(cookies())
        .doesNotContain("_pk_id.1.1fff=")
        .doesNotContain("_pk_ses.1.1fff=")
        .doesNotContain("_pk_ref.1.1fff=")
        .doesNotContain("_ga_ABC123XYZ=")
        .contains("unrelated=1");
  }

  @Test
  void klaroDecliningClearsTheCookiesUnderTheNamesMatomoAndGa4Write() {
    BannerHarness.open(browser, server, "klaro.html");
    browser.js(
        "const m = klaro.getManager(window.harnessConfig); m.changeAll(true); m.saveAndApplyConsents();");
    browser.js(PLANT_REAL_NAMES);
    assertThat(cookies()).contains("_pk_id.1.1fff=").contains("_ga_ABC123XYZ=");

    browser.js(
        "const m = klaro.getManager(window.harnessConfig); m.changeAll(false); m.saveAndApplyConsents();");

    assertThat(cookies())
        .doesNotContain("_pk_id.1.1fff=")
        .doesNotContain("_pk_ses.1.1fff=")
        .doesNotContain("_pk_ref.1.1fff=")
        .doesNotContain("_ga_ABC123XYZ=")
        .contains("unrelated=1");
  }

  @Test
  void aConsentGivenUnderOneRevisionIsAskedAgainUnderTheNext() {
    openCookieConsent("?revision=1");
    browser.js("CookieConsent.acceptCategory('all');");
    openCookieConsent("?revision=1");
    assertThat(browser.js("return CookieConsent.validConsent();")).isEqualTo(true);

    openCookieConsent("?revision=2");

    assertThat(browser.js("return CookieConsent.validConsent();")).isEqualTo(false);
    assertThat(browser.js("return document.documentElement.classList.contains('show--consent');"))
        .isEqualTo(true);
  }

  @Test
  void klaroDecliningClearsTheDeclaredCookies() {
    BannerHarness.open(browser, server, "klaro.html");
    browser.js(
        "const m = klaro.getManager(window.harnessConfig); m.changeAll(true); m.saveAndApplyConsents();");
    browser.js(
        "document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = 'ph_abc_posthog=1; path=/';"
            + "document.cookie = '_fbp=fb.1; path=/'; document.cookie = 'unrelated=1; path=/';");
    assertThat(cookies()).contains("_ga=").contains("ph_abc_posthog=").contains("_fbp=");
    assertThat(
            browser.js(
                "return klaro.getManager(window.harnessConfig).getConsent('matomo-analytics');"))
        .as("a service the config declares")
        .isEqualTo(true);

    browser.js(
        "const m = klaro.getManager(window.harnessConfig); m.changeAll(false); m.saveAndApplyConsents();");

    assertThat(cookies())
        .doesNotContain("_ga=")
        .doesNotContain("ph_abc_posthog=")
        .doesNotContain("_fbp=")
        .contains("unrelated=1");
    assertThat(
            browser.js(
                "return klaro.getManager(window.harnessConfig).getConsent('matomo-analytics');"))
        .isEqualTo(false);
    assertThat(
            browser.js(
                "return klaro.getManager(window.harnessConfig).getConsent('aktok-essential');"))
        .isEqualTo(true);
  }

  @Test
  void klaroSDeclineButtonClearsTheDeclaredCookies() {
    browser.open(server.uri("/harness/klaro.html"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.js("return !!document.querySelector('.klaro .cn-decline');")));
    browser.js(
        "document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = 'ph_abc_posthog=1; path=/';");

    browser.js("document.querySelector('.klaro .cn-decline').click();");

    assertThat(cookies())
        .doesNotContain("_ga=")
        .doesNotContain("ph_abc_posthog=")
        .contains(storageName() + "=");
  }

  @Test
  void klaroOffersEveryServiceOffByDefaultExceptEssential() {
    BannerHarness.open(browser, server, "klaro.html");
    assertThat(
            browser.js(
                "return !!document.querySelector('.klaro .cookie-notice, .klaro .cookie-modal');"))
        .isEqualTo(true);
    assertThat(
            browser.js(
                "return klaro.getManager(window.harnessConfig).getConsent('google-analytics-analytics');"))
        .isEqualTo(false);
    assertThat(
            browser.js(
                "return klaro.getManager(window.harnessConfig).getConsent('aktok-essential');"))
        .isEqualTo(true);
  }
}
