package dev.cookiereg.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Self-test of the quality tools over two fixtures: {@code quality/good} must pass every check,
 * {@code quality/bad} must fail each one (otherwise a check that never fails would look like a
 * pass).
 */
class QualityToolsTest {

  private static final Path ROOT = resourceDir("quality");
  private static final Path GOOD = ROOT.resolve("good/index.html");
  private static final Path BAD = ROOT.resolve("bad/index.html");

  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    server = StaticServer.serve(ROOT);
    // The static checks run without a browser; each browser test calls Browser.requireAvailable().
    browser = Browser.available() ? new Browser() : null;
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  // ---- static checks
  // -------------------------------------------------------------------------------------

  @Test
  void goodPageIsValidHtml() {
    assertThat(HtmlChecker.get().errors(GOOD)).isEmpty();
  }

  @Test
  void badPageIsInvalidHtml() {
    List<String> errors = HtmlChecker.get().errors(BAD);
    assertThat(errors).isNotEmpty();
    assertThat(errors).anyMatch(e -> e.matches("\\d+:\\d+: .*")); // located
    assertThat(String.join("\n", errors)).contains("div").containsIgnoringCase("img");
  }

  @Test
  void goodPageHasNoInlineCode() {
    assertThat(InlineCodeScanner.scan(GOOD)).isEmpty();
  }

  @Test
  void badPageInlineCodeIsFound() {
    List<String> found = InlineCodeScanner.scan(BAD);
    assertThat(found).anyMatch(f -> f.contains("<script>: inline script"));
    assertThat(found).anyMatch(f -> f.startsWith("13:") && f.contains("<p>: style attribute"));
    assertThat(InlineCodeScanner.scan("<button onclick=\"go()\">x</button><style>p{}</style>"))
        .anyMatch(f -> f.contains("event handler onclick"))
        .anyMatch(f -> f.contains("<style>: inline style element"));
  }

  // ---- server
  // --------------------------------------------------------------------------------------------

  @Test
  void serverSendsTypesAndCspAndRefusesTraversal() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> types =
        Map.of(
            "good/index.html", "text/html",
            "good/assets/style.css", "text/css",
            "bad/assets/pixel.svg", "image/svg+xml");
    for (var e : types.entrySet()) {
      HttpResponse<String> r = get(http, server.uri(e.getKey()));
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith(e.getValue());
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
    }
    assertThat(get(http, server.uri("good/")).statusCode()).isEqualTo(200);
    assertThat(get(http, server.uri("nope.html")).statusCode()).isEqualTo(404);
    for (String evil :
        List.of(
            "/good/../../quality/good/index.html",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/good/%2e%2e/%2e%2e/pom.xml",
            "/..%2fpom.xml")) {
      // raw paths, not normalised by URI.resolve
      URI u = new URI("http", null, "127.0.0.1", server.baseUri().getPort(), null, null, null);
      URI raw = URI.create(u + evil);
      assertThat(get(http, raw).statusCode()).as(evil).isEqualTo(404);
    }
    assertThat(server.resolve("/good/../good/index.html")).isNull();

    // extra mounts (e.g. /vendor/ -> node_modules) and a configurable policy
    try (StaticServer vendor =
        StaticServer.builder(ROOT.resolve("good"))
            .mount("/vendor/", ROOT.resolve("bad/assets"))
            .csp("default-src 'none'")
            .start()) {
      HttpResponse<String> r = get(http, vendor.uri("vendor/bad.css"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains(".too-wide");
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
      assertThat(get(http, vendor.uri("index.html")).statusCode()).isEqualTo(200);
      assertThat(get(http, vendor.uri("vendor/../index.html")).statusCode())
          .isEqualTo(200); // client-normalised
      assertThat(vendor.resolve("/vendor/../index.html")).isNull();
    }
  }

  // ---- browser checks
  // ------------------------------------------------------------------------------------

  @Test
  void goodPagePassesInTheBrowser() {
    Browser.requireAvailable();
    browser.setViewport(360, 740).open(server.uri("good/index.html"));

    assertThat(browser.cspViolations()).isEmpty();
    // the external stylesheet really applied under default-src 'self'
    assertThat(browser.computedStyle(".table-wrap", "overflow-x")).isEqualTo("auto");
    assertThat(browser.computedStyle("table.cookies", "min-width")).isEqualTo("720px");
    // the table is wider than the phone, the wrapper scrolls, the page does not
    assertThat(
            ((Number)
                    browser.js(
                        "var w = document.querySelector('.table-wrap');"
                            + "return w.scrollWidth - w.clientWidth;"))
                .longValue())
        .isPositive();
    assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);

    assertThat(browser.axeViolations()).isEmpty();

    // and in dark mode
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      assertThat(browser.computedStyle("body", "background-color")).isEqualTo("rgb(18, 18, 18)");
      assertThat(browser.axeViolations()).isEmpty();
    } finally {
      browser
          .driver()
          .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @Test
  void badPageFailsInTheBrowser() {
    Browser.requireAvailable();
    browser.setViewport(360, 740).open(server.uri("bad/index.html"));

    List<String> csp = browser.cspViolations();
    assertThat(csp).anyMatch(v -> v.startsWith("script-src"));
    assertThat(csp).anyMatch(v -> v.startsWith("style-src"));
    assertThat(browser.js("return window.inlineScriptRan === true;")).isEqualTo(false);
    assertThat(browser.computedStyle(".too-wide", "width")).isEqualTo("1000px");

    assertThat(browser.scrollWidth()).isGreaterThan(360);
    assertThat(browser.axeViolations()).anyMatch(v -> v.startsWith("image-alt"));
  }

  @Test
  void screenshotWritesAPng(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Browser.requireAvailable();
    browser.setViewport(360, 740).open(server.uri("good/index.html"));
    Path png = browser.screenshot(tmp.resolve("shots/good.png"));
    byte[] head = java.nio.file.Files.readAllBytes(png);
    assertThat(head).startsWith(0x89, 'P', 'N', 'G');
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Path resourceDir(String name) {
    try {
      return Path.of(QualityToolsTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource folder missing: " + name, e);
    }
  }
}
