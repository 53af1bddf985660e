package dev.cookiereg.banner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated init scripts as a website publishes them (issue 16's "done when"): a server sends
 * the README's Content-Security-Policy; the page has only the library's {@code <script>} (and its
 * stylesheet), the generated {@code banner/*-init.js} and a "Cookie settings" control; the site is
 * served under a sub-path ({@code /policy/}). Both libraries, real (node_modules), in Chromium.
 *
 * <p>The registry is the committed one with a technical name ({@code lang_pref}) for the functional
 * language cookie, so Reject has a functional cookie to delete.
 */
class InitScriptsTest {
  static final String CSP =
      "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** Collects what the page reports as errors: console.error, uncaught errors, failed loads. */
  static final String ERROR_LISTENER =
      String.join(
          "\n",
          "window.__errors = window.__errors || [];",
          "(function () {",
          "  var original = console.error;",
          "  console.error = function () {",
          "    window.__errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));",
          "    return original.apply(console, arguments);",
          "  };",
          "  addEventListener('error', function (e) {",
          "    window.__errors.push(e.message ? 'error: ' + e.message",
          "      : 'failed to load ' + (e.target && (e.target.src || e.target.href)));",
          "  }, true);",
          "  addEventListener('unhandledrejection', function (e) {",
          "    window.__errors.push('unhandled rejection: ' + e.reason);",
          "  });",
          "})();");

  /** Each library as a page includes it, and where its banner's parts are. */
  enum Library {
    COOKIECONSENT(
        "<link rel=\"stylesheet\" href=\"/vendor/vanilla-cookieconsent/dist/cookieconsent.css\">\n"
            + "<script src=\"/vendor/vanilla-cookieconsent/dist/cookieconsent.umd.js\"></script>",
        "cookieconsent-init.js",
        "document.documentElement.classList.contains('show--consent')",
        "#cc-main .cm",
        "#cc-main .cm [data-role=all]",
        "#cc-main .cm [data-role=necessary]",
        "document.documentElement.classList.contains('show--preferences')"),
    KLARO(
        "<link rel=\"stylesheet\" href=\"/vendor/klaro/dist/klaro.css\">\n"
            + "<script src=\"/vendor/klaro/dist/klaro-no-css.js\"></script>",
        "klaro-init.js",
        "!!document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden)')",
        ".klaro .cookie-notice",
        ".klaro .cookie-notice .cm-btn-success",
        ".klaro .cookie-notice .cn-decline",
        "!!document.querySelector('.klaro .cookie-modal .cm-modal')");

    final String include;
    final String script;
    final String bannerShown;
    final String banner;
    final String accept;
    final String reject;
    final String preferencesShown;

    Library(
        String include,
        String script,
        String bannerShown,
        String banner,
        String accept,
        String reject,
        String preferencesShown) {
      this.include = include;
      this.script = script;
      this.bannerShown = bannerShown;
      this.banner = banner;
      this.accept = accept;
      this.reject = reject;
      this.preferencesShown = preferencesShown;
    }
  }

  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void serve() throws Exception {
    Browser.requireAvailable();
    if (!Files.isDirectory(BannerHarness.NODE_MODULES.resolve("klaro"))) {
      throw new AssertionError("the banner libraries are missing: run 'npm ci' (as .ci/run does)");
    }
    Path project = Files.createDirectories(tmp.resolve("project"));
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    String named = yaml.replace("  - id: language\n", "  - id: language\n    name: lang_pref\n");
    assertThat(named).as("the functional language cookie gets a technical name").isNotEqualTo(yaml);
    Files.writeString(project.resolve("cookies.yaml"), named, StandardCharsets.UTF_8);
    Files.copy(Path.of("CHANGELOG.md"), project.resolve("CHANGELOG.md"));
    Path site = tmp.resolve("site");
    SiteWriter.write(
        site,
        Build.of(project.resolve("cookies.yaml"), Path.of("templates"), Path.of("site"))
            .render(new RegistryLoader()));
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (Library library : Library.values()) {
      for (String region : List.of("", "US", "FR", "CA", "CA-QC", "CA-ON", "XX")) {
        Files.writeString(
            pages.resolve(page(library, region)),
            html(region, library.include, library.script),
            StandardCharsets.UTF_8);
      }
      Files.writeString(
          pages.resolve("no-library-" + library.script + ".html"),
          html("", "", library.script),
          StandardCharsets.UTF_8);
    }
    server =
        StaticServer.builder(pages)
            .mount("/policy/", site)
            .mount("/vendor/", BannerHarness.NODE_MODULES)
            .csp(CSP)
            .start();
    // navigator.webdriver would make vanilla-cookieconsent hide itself from this "bot"
    browser = new Browser(List.of("--disable-blink-features=AutomationControlled"));
    browser
        .driver()
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_LISTENER));
  }

  static String page(Library library, String region) {
    return library.name().toLowerCase(java.util.Locale.ROOT)
        + (region.isEmpty() ? "" : "-" + region)
        + ".html";
  }

  /** A shop page: only the library, the generated init script and a "Cookie settings" control. */
  static String html(String region, String include, String script) {
    String attribute = region.isEmpty() ? "" : " data-consent-region=\"" + region + "\"";
    return """
        <!DOCTYPE html>
        <html lang="en"%s>
        <head>
        <meta charset="utf-8">
        <title>Shop</title>
        %s
        <script src="/policy/banner/%s"></script>
        </head>
        <body>
        <main><h1>Shop</h1></main>
        <footer><button type="button" data-cc="show-preferencesModal" hidden>Cookie settings</button></footer>
        </body>
        </html>
        """
        .formatted(attribute, include, script);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @BeforeEach
  void freshVisitor() {
    browser.open(server.uri("/policy/index.html"));
    browser.driver().manage().deleteAllCookies();
  }

  private void open(Library library, String region) {
    browser.open(server.uri("/" + page(library, region)));
    waitFor(library.bannerShown);
  }

  /** The init script has run the library: it shows the "Cookie settings" control then. */
  static final String STARTED = "!document.querySelector('[data-cc]').hidden";

  private void waitFor(String condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> Boolean.TRUE.equals(browser.js("return " + condition + ";")));
  }

  private void click(String selector) {
    browser.js("document.querySelector(arguments[0]).click();", selector);
  }

  private String cookies() {
    return (String) browser.js("return document.cookie;");
  }

  /** No CSP violation and no error on the page, after its pending tasks ran. */
  private void assertClean() {
    assertThat(browser.cspViolations()).as("CSP violations").isEmpty();
    assertThat(errors()).as("errors on the page").isEmpty();
  }

  private List<String> errors() {
    List<String> out = new ArrayList<>();
    if (browser.js("return window.__errors || [];") instanceof List<?> list) {
      list.forEach(e -> out.add(String.valueOf(e)));
    }
    return out;
  }

  private boolean asksConsent(Library library) {
    return Boolean.TRUE.equals(
        browser.js("return !!document.querySelector(arguments[0]);", library.reject));
  }

  static final List<String> BUTTON_STYLE =
      List.of(
          "background-color",
          "color",
          "font-family",
          "font-size",
          "font-weight",
          "border-top-width",
          "border-top-style",
          "border-top-color",
          "border-radius",
          "padding-top",
          "padding-left",
          "height");

  @ParameterizedTest
  @EnumSource(Library.class)
  void theBannerShowsWithRejectAsProminentAsAccept(Library library) {
    open(library, "");
    List<String> accept = new ArrayList<>();
    List<String> reject = new ArrayList<>();
    for (String property : BUTTON_STYLE) {
      accept.add(property + ": " + browser.computedStyle(library.accept, property));
      reject.add(property + ": " + browser.computedStyle(library.reject, property));
    }
    assertThat(reject).isEqualTo(accept);
    double acceptWidth = width(library.accept);
    double rejectWidth = width(library.reject);
    // the same box; only the labels' own widths may differ
    assertThat(Math.abs(acceptWidth - rejectWidth))
        .as("width of Reject (%s) and Accept (%s)", rejectWidth, acceptWidth)
        .isLessThanOrEqualTo(0.1 * Math.max(acceptWidth, rejectWidth));
    assertThat(text(library.reject)).isEqualTo("Reject all");
    assertThat(text(library.accept)).isEqualTo("Accept all");
    assertClean();
  }

  private double width(String selector) {
    return ((Number)
            browser.js(
                "return document.querySelector(arguments[0]).getBoundingClientRect().width;",
                selector))
        .doubleValue();
  }

  private String text(String selector) {
    return ((String)
            browser.js("return document.querySelector(arguments[0]).textContent;", selector))
        .strip();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void theCookieSettingsControlIsShownAndOpensThePreferences(Library library) {
    open(library, "");
    assertThat(browser.js("return document.querySelector('[data-cc]').hidden;")).isEqualTo(false);
    assertThat(browser.js("return !!document.querySelector('[data-cc]').offsetParent;"))
        .as("displayed")
        .isEqualTo(true);
    assertThat(browser.js("return " + library.preferencesShown + ";")).isEqualTo(false);

    click("[data-cc=\"show-preferencesModal\"]");

    waitFor(library.preferencesShown);
    assertClean();
  }

  /** Cookies as GA4, Matomo and the site's own functional code really name them. */
  static final String PLANT =
      "for (const n of ['_ga_ABC123XYZ', '_pk_id.1.1fff', '_pk_ses.1.1fff', 'lang_pref',"
          + " 'unrelated']) document.cookie = n + '=1; path=/';";

  @ParameterizedTest
  @EnumSource(Library.class)
  void rejectDeletesTheCookiesUnderTheNamesTheyReallyHave(Library library) {
    open(library, "");
    browser.js(PLANT);
    assertThat(cookies()).contains("_ga_ABC123XYZ=", "_pk_id.1.1fff=", "lang_pref=");

    click(library.reject);

    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> !cookies().contains("_ga_ABC123XYZ="));
    assertThat(cookies())
        .doesNotContain("_ga_ABC123XYZ=")
        .doesNotContain("_pk_id.1.1fff=")
        .doesNotContain("_pk_ses.1.1fff=")
        .doesNotContain("lang_pref=")
        .contains("unrelated=1");
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void outsideTheRegionsThatRequireConsentTheBannerOnlyInforms(Library library) {
    open(library, "US");

    assertThat(asksConsent(library)).as("a Reject control").isFalse();
    assertThat(
            browser.js(
                "return document.querySelectorAll(arguments[0] + ' button').length;",
                library.banner))
        .as("controls in the notice")
        .isEqualTo(1L);
    assertThat(
            browser.js(
                "return document.querySelector(arguments[0] + ' a[href]').getAttribute('href');",
                library.banner))
        .as("the policy link: where the registry says the policy is published")
        .isEqualTo(policyUrl());
    assertThat(text(library.banner)).contains("About cookies");
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void acknowledgingTheNoticeKeepsEveryCategoryOnAndIsNoConsentInARegionThatAsks(Library library) {
    open(library, "US");
    browser.js("document.querySelector(arguments[0] + ' button').click();", library.banner);
    browser.open(server.uri("/" + page(library, "US")));
    waitFor(STARTED);
    assertThat(browser.js("return " + library.bannerShown + ";"))
        .as("the notice, once seen")
        .isEqualTo(false);
    assertThat(analyticsOn(library)).as("analytics on outside the consent regions").isTrue();

    open(library, "FR");

    assertThat(asksConsent(library)).as("consent asked in France").isTrue();
    assertThat(analyticsOn(library)).as("analytics on in France before consent").isFalse();
    assertClean();
  }

  private boolean analyticsOn(Library library) {
    String script =
        library == Library.COOKIECONSENT
            ? "return CookieConsent.acceptedCategory('analytics');"
            : "return klaro.getManager().getConsent('matomo-analytics')"
                + " && klaro.getManager().confirmed;";
    return Boolean.TRUE.equals(browser.js(script));
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void consentIsAskedInTheEeaWhereNoRegionIsGivenAndWhereItCannotBeRead(Library library) {
    for (String region : List.of("FR", "", "XX")) {
      browser.driver().manage().deleteAllCookies();
      open(library, region);
      assertThat(asksConsent(library)).as("consent asked for region '%s'", region).isTrue();
      assertClean();
    }
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void aCountryWithASubdivisionThatRequiresConsentIsAsked(Library library) {
    for (String region : List.of("CA", "CA-QC")) {
      browser.driver().manage().deleteAllCookies();
      open(library, region);
      assertThat(asksConsent(library)).as("consent asked for '%s'", region).isTrue();
    }
    browser.driver().manage().deleteAllCookies();
    open(library, "CA-ON");
    assertThat(asksConsent(library)).as("another province only informed").isFalse();
    assertClean();
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void withoutTheBannerLibraryTheControlStaysHidden(Library library) {
    browser.open(server.uri("/no-library-" + library.script + ".html"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !errors().isEmpty());
    assertThat(browser.js("return document.querySelector('[data-cc]').offsetParent;")).isNull();
    assertThat(errors()).singleElement().asString().contains("the consent banner did not start");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void thePolicyPagesControlIsHiddenUntilABannerRuns() {
    browser.open(server.uri("/policy/index.html"));
    assertThat(browser.js("return document.getElementById('cookie-settings').hidden;"))
        .isEqualTo(true);
    assertThat(browser.js("return document.getElementById('cookie-settings').offsetParent;"))
        .isNull();
    assertClean();
  }

  /** The committed registry's {@code policy.url}. */
  private static String policyUrl() {
    String yaml;
    try {
      yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^  url: (\\S+)$").matcher(yaml);
    assertThat(m.find()).as("cookies.yaml states policy.url").isTrue();
    return m.group(1);
  }
}
