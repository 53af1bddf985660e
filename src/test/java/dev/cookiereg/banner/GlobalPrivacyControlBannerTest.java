package dev.cookiereg.banner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.banner.InitScriptsTest.Library;
import dev.cookiereg.testing.BannerHarness;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.StaticServer;
import dev.cookiereg.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Global Privacy Control in the generated init scripts, as a website publishes them (the README's
 * CSP, the site under {@code /policy/}), both libraries, real, in Chromium. The registry is the
 * committed one where the two advertising providers (Meta, Google Ads) sell or share data for
 * cross-context advertising and the policy promises to honour GPC: the signal refuses the marketing
 * category and nothing else.
 *
 * <p>The signal is on for a page loaded with {@code ?gpc=1}: a script run before any of the page's
 * defines {@code navigator.globalPrivacyControl} (as {@code crawl/Visitor} does). Every page first
 * runs {@code plant.js}, which sets the cookies an advertising and an analytics tag would have left
 * from an earlier visit.
 */
class GlobalPrivacyControlBannerTest {
  static final String GPC_WHEN_ASKED =
      "if (/[?&]gpc=1/.test(location.search)) Object.defineProperty(Navigator.prototype,"
          + " 'globalPrivacyControl', {get: function () { return true; }, configurable: true});";

  static final String PLANT =
      "['_fbp', '_gcl_au', '_ga_ABC123XYZ', 'unrelated'].forEach(function (n) {"
          + " document.cookie = n + '=1; path=/'; });\n";

  static final String HONOURED =
      "Your browser's Global Privacy Control signal is honoured: Marketing Cookies stay off.";

  static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.requireAvailable();
    tmp = Files.createTempDirectory("gpc-banner");
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(project.resolve("cookies.yaml"), registry(), StandardCharsets.UTF_8);
    Files.copy(Path.of("CHANGELOG.md"), project.resolve("CHANGELOG.md"));
    Path site = tmp.resolve("site");
    SiteWriter.write(
        site,
        Build.of(project.resolve("cookies.yaml"), Path.of("templates"), Path.of("site"))
            .render(new RegistryLoader()));
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("plant.js"), PLANT, StandardCharsets.UTF_8);
    for (Library library : Library.values()) {
      for (String region : List.of("", "FR", "US")) {
        Files.writeString(
            pages.resolve(page(library, region)),
            InitScriptsTest.html(
                region, library.include + "\n<script src=\"/plant.js\"></script>", library.script),
            StandardCharsets.UTF_8);
      }
    }
    server =
        StaticServer.builder(pages)
            .mount("/policy/", site)
            .mount("/vendor/", BannerHarness.NODE_MODULES)
            .csp(InitScriptsTest.CSP)
            .start();
    browser = new Browser(List.of("--disable-blink-features=AutomationControlled"));
    browser
        .driver()
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of("source", InitScriptsTest.ERROR_LISTENER + "\n" + GPC_WHEN_ASKED));
  }

  /** The committed registry; Meta and Google Ads sell or share; the policy honours GPC. */
  static String registry() throws Exception {
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    String out =
        yaml.replace(
                "  consentLog: true\n", "  consentLog: true\n  honoursGlobalPrivacyControl: true\n")
            .replace("  - id: meta\n", "  - id: meta\n    sellsOrShares: true\n")
            .replace("  - id: google-ads\n", "  - id: google-ads\n    sellsOrShares: true\n");
    assertThat(out.split("sellsOrShares: true", -1)).as("two providers sell or share").hasSize(3);
    assertThat(out).contains("honoursGlobalPrivacyControl: true");
    return out;
  }

  static String page(Library library, String region) {
    return "gpc-"
        + library.name().toLowerCase(Locale.ROOT)
        + (region.isEmpty() ? "" : "-" + region)
        + ".html";
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) browser.close();
    if (server != null) server.close();
    if (tmp != null) {
      try (var walk = Files.walk(tmp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void freshVisitor() {
    browser.open(server.uri("/policy/index.html"));
    browser.driver().manage().deleteAllCookies();
  }

  /** A first visit: the banner shows. */
  private void open(Library library, String region, boolean gpc) {
    revisit(library, region, gpc);
    waitFor(library.bannerShown);
  }

  /** A visit after a choice: the library has run. */
  private void revisit(Library library, String region, boolean gpc) {
    browser.open(server.uri("/" + page(library, region) + (gpc ? "?gpc=1" : "")));
    waitFor(InitScriptsTest.STARTED);
    assertThat(browser.js("return navigator.globalPrivacyControl === true;")).isEqualTo(gpc);
  }

  private void waitFor(String condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
  }

  private String cookies() {
    return (String) browser.js("return document.cookie;");
  }

  private String text(String selector) {
    return ((String)
            browser.js("return document.querySelector(arguments[0]).textContent;", selector))
        .strip()
        .replaceAll("\\s+", " ");
  }

  private void assertClean() {
    assertThat(browser.cspViolations()).as("CSP violations").isEmpty();
    List<String> errors = new ArrayList<>();
    if (browser.js("return window.__errors || [];") instanceof List<?> list) {
      list.forEach(e -> errors.add(String.valueOf(e)));
    }
    assertThat(errors).as("errors on the page").isEmpty();
  }

  private boolean on(Library library, String category) {
    String script =
        library == Library.COOKIECONSENT
            ? "return CookieConsent.acceptedCategory(arguments[0]);"
            : "var m = klaro.getManager(), c = arguments[0]; return m.config.services.some("
                + "function (s) { return s.purposes.indexOf('category-' + c) >= 0"
                + " && m.getConsent(s.name) && (m.confirmed || s.optOut); });";
    return Boolean.TRUE.equals(browser.js(script, category));
  }

  /** What the library stored as the visitor's choice, as the site's back end would read it. */
  private String consentRecord(Library library) {
    String name = library == Library.COOKIECONSENT ? "cc_cookie" : "klaro-v2";
    return (String)
        browser.js(
            "var n = arguments[0], m = document.cookie.split('; ').filter(function (c) {"
                + " return c.indexOf(n + '=') === 0; })[0];"
                + " return m ? decodeURIComponent(m.slice(n.length + 1)) : null;",
            name);
  }

  private void acceptAll(Library library) {
    browser.js("document.querySelector(arguments[0]).click();", library.accept);
    waitFor("!(" + library.bannerShown + ")");
  }

  private boolean asksConsent(Library library) {
    return Boolean.TRUE.equals(
        browser.js("return !!document.querySelector(arguments[0]);", library.reject));
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withGpcOnMarketingIsRefusedWithoutAnyClickAndItsCookiesCleared(Library library) {
    open(library, "FR", true);

    assertThat(cookies())
        .as("the marketing cookies left by an earlier visit")
        .doesNotContain("_fbp=")
        .doesNotContain("_gcl_au=")
        .contains("unrelated=1");
    assertThat(on(library, "marketing")).as("marketing on").isFalse();
    assertThat(asksConsent(library)).as("the banner still asks for the other categories").isTrue();
    assertThat(on(library, "analytics")).as("analytics on before a choice in France").isFalse();
    assertThat(text(library.banner)).as("the banner").contains(HONOURED);
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withGpcOnAcceptAllTurnsAnalyticsOnButNeverMarketing(Library library) {
    open(library, "FR", true);

    acceptAll(library);

    assertThat(on(library, "analytics")).as("analytics on").isTrue();
    assertThat(on(library, "marketing")).as("marketing on").isFalse();
    String record = consentRecord(library);
    if (library == Library.COOKIECONSENT) {
      assertThat(record)
          .as("the accepted categories")
          .contains("\"categories\":[\"essential\",\"functional\",\"analytics\"]");
    } else {
      assertThat(record)
          .contains("\"matomo-analytics\":true")
          .contains("\"meta-marketing\":false")
          .contains("\"google-ads-marketing\":false");
    }
    assertThat(cookies()).doesNotContain("_fbp=").doesNotContain("_gcl_au=");

    // the next page keeps it so, and says why in the preferences
    revisit(library, "FR", true);
    assertThat(on(library, "marketing")).as("marketing on, next page").isFalse();
    browser.js("document.querySelector('[data-cc=\"show-preferencesModal\"]').click();");
    waitFor(library.preferencesShown);
    String preferences =
        library == Library.COOKIECONSENT ? "#cc-main .pm" : ".klaro .cookie-modal .cm-modal";
    assertThat(text(preferences)).as("the preferences").contains(HONOURED);
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withGpcOnAConsentGivenEarlierToMarketingIsWithdrawn(Library library) {
    open(library, "FR", false);
    acceptAll(library);
    assertThat(on(library, "marketing")).as("marketing on without GPC").isTrue();

    revisit(library, "FR", true);

    waitFor("!document.cookie.includes('_fbp=')");
    assertThat(on(library, "marketing")).as("marketing on with GPC").isFalse();
    assertThat(on(library, "analytics")).as("analytics, as chosen").isTrue();
    assertThat(cookies()).doesNotContain("_gcl_au=");
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withGpcOnWhereTheBannerOnlyInformsMarketingStaysOffAndAnalyticsOn(Library library) {
    open(library, "US", true);
    assertThat(text(library.banner)).contains(HONOURED);
    assertThat(cookies()).doesNotContain("_fbp=");

    acceptAll(library); // the notice's one control: "OK"

    assertThat(on(library, "analytics")).as("analytics on outside the consent regions").isTrue();
    assertThat(on(library, "marketing")).as("marketing on").isFalse();
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withGpcOffNothingChanges(Library library) {
    open(library, "FR", false);

    assertThat(text(library.banner)).doesNotContain("Global Privacy Control");
    acceptAll(library);
    assertThat(on(library, "marketing")).as("marketing on").isTrue();
    assertThat(on(library, "analytics")).as("analytics on").isTrue();
    assertClean();
  }
}
