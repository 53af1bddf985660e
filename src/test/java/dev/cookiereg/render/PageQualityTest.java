package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.HtmlChecker;
import dev.cookiereg.testing.InlineCodeScanner;
import dev.cookiereg.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every generated page is valid HTML, accessible (WCAG 2.1 A/AA), works under {@code default-src
 * 'self'}, and fits a 360 px screen; screenshots land in {@code target/screenshots/} for a human to
 * look at.
 */
class PageQualityTest {
  static final List<String> PAGES = BuiltSite.PAGES;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    site = BuiltSite.get();
    browser = Browser.startOrSkip();
    server = StaticServer.serve(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (browser != null) browser.close();
  }

  @AfterEach
  void lightAndFullWidth() {
    browser.clearViewport();
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageHasNoHtmlErrors(String page) {
    assertThat(HtmlChecker.get().errors(site.resolve(page)))
        .as("Nu Html Checker errors in " + page)
        .isEmpty();
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageHasNoInlineScriptOrStyle(String page) {
    assertThat(InlineCodeScanner.scan(site.resolve(page))).as("inline code in " + page).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageHasNoAccessibilityViolations(String page) {
    browser.open(server.uri(page));
    assertThat(browser.axeViolations())
        .as("axe WCAG 2.1 A/AA violations in " + page + " (light)")
        .isEmpty();
    dark();
    assertThat(browser.axeViolations())
        .as("axe WCAG 2.1 A/AA violations in " + page + " (dark)")
        .isEmpty();
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageHasNoAxeFindingAtAllBestPracticesIncluded(String page) {
    browser.open(server.uri(page));
    assertThat(browser.axeFindings()).as("every axe finding in " + page).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageWorksUnderAStrictContentSecurityPolicy(String page) {
    browser.open(server.uri(page));
    assertThat(browser.cspViolations()).as("CSP violations in " + page).isEmpty();
    // the stylesheet applied: the footer's panel background and the button's accent colour come
    // from it
    assertThat(browser.computedStyle("#cookie-settings", "background-color"))
        .isEqualTo("rgb(11, 87, 208)");
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void pageHasNoHorizontalScrollAt360Pixels(String page) {
    browser.setViewport(360, 740).open(server.uri(page));
    assertThat(browser.scrollWidth())
        .as("scrollWidth of " + page + " at 360 px")
        .isLessThanOrEqualTo(360);
  }

  @Test
  void screenshotsAt360And1280Pixels() throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    for (String page : PAGES) {
      String name = page.replace(".html", "").replace('/', '-');
      browser.setViewport(360, 740).open(server.uri(page));
      shoot(dir.resolve(name + "-360.png"));
      browser.clearViewport();
      browser.setViewport(1280, 900).open(server.uri(page));
      shoot(dir.resolve(name + "-1280.png"));
      dark();
      shoot(dir.resolve(name + "-1280-dark.png"));
      lightAndFullWidth();
    }
    browser.setViewport(360, 740).open(server.uri("index.html#analytics"));
    shoot(dir.resolve("index-360-analytics.png"));
    browser.js("document.getElementById('cookie-_ga').scrollIntoView()");
    shoot(dir.resolve("index-360-cookie-table.png"));
    browser.setViewport(1280, 900).open(server.uri("index.html#third-party-cookies"));
    shoot(dir.resolve("index-1280-third-parties.png"));
    browser.open(server.uri("index.html#contact"));
    shoot(dir.resolve("index-1280-contact.png"));
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".png"))).hasSizeGreaterThanOrEqualTo(10);
    }
  }

  private static void shoot(Path file) {
    assertThat(browser.screenshot(file)).isRegularFile();
  }

  private static void dark() {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
  }
}
