package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fragments inside another site's page, in Chromium, behind the Content-Security-Policy the
 * README gives: the host's own elements keep every computed style they had without the policy
 * (light, dark and print), the policy inside the host looks as it does on its own page, and the
 * page stays accessible.
 */
class EmbeddedPolicyBrowserTest {
  private static final String CSP =
      "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /**
   * A host site's stylesheet of the usual kind: its own custom properties on {@code :root}, fonts
   * and margins on {@code body}, bare {@code a}, {@code table}, {@code td}, {@code h2} and {@code
   * *} rules.
   */
  private static final String HOST_CSS =
      """
      :root { --accent: #8b0000; --bg: #fffdf5; --fg: #222222; }
      html { overflow-y: scroll; } /* a longer page must not narrow everything by a scrollbar */
      * { box-sizing: content-box; }
      body { margin: 24px; font: 17px/1.3 Georgia, serif; color: var(--fg); background: var(--bg); }
      a { color: #00458b; text-decoration: none; }
      .host-text a { text-decoration: underline; }
      h1, h2 { font-family: "Trebuchet MS", sans-serif; color: #1a4d1a; }
      h2 { font-size: 28px; margin: 1em 0 0.5em; }
      table { border: 2px solid #444444; border-collapse: separate; }
      th, td { padding: 12px; text-align: center; }
      ul { padding-left: 3em; }
      .host-accent { color: var(--accent); border-left: 4px solid var(--accent); }
      @media (prefers-color-scheme: dark) {
        :root { --accent: #ff9b9b; --bg: #101010; --fg: #eeeeee; }
        a { color: #9cc3ff; }
        h1, h2 { color: #b7e4b7; }
      }
      @media print { body { margin: 0; } }
      """;

  /** The host's own elements, whose styles the policy must not change. */
  private static final List<String> HOST_ELEMENTS =
      List.of(
          "html",
          "body",
          ".host-header",
          ".host-header a",
          "main",
          "main > h1",
          "main > h2",
          "main > p",
          "main > p a",
          ".host-table",
          ".host-table caption",
          ".host-table th",
          ".host-table td",
          "main > ul li",
          ".host-accent",
          ".host-footer");

  /** Sizes that grow with the content added below: everything else must stay as it was. */
  private static final List<String> GROWS_WITH_CONTENT =
      List.of("height", "block-size", "perspective-origin", "transform-origin");

  /**
   * Elements of the policy and the properties {@code policy.css} sets on them (or on the page they
   * inherit from): the same in the host as on the policy's own page. Properties the policy leaves
   * to inheritance from elements it does not style (a host's {@code h2} colour) are the host's.
   */
  private static final Map<String, List<String>> POLICY_ELEMENTS =
      Map.of(
          "#cookie-_ga > td",
          List.of(
              "padding-top",
              "padding-left",
              "border-bottom-width",
              "border-bottom-style",
              "border-bottom-color",
              "text-align",
              "vertical-align",
              "font-size",
              "font-family",
              "line-height",
              "color",
              "box-sizing"),
          "table.cookies thead th",
          List.of("background-color", "font-weight", "white-space", "padding-left", "text-align"),
          ".toc",
          List.of(
              "background-color",
              "border-top-color",
              "border-top-left-radius",
              "padding-left",
              "font-size"),
          "#how-we-use-cookies > h2",
          List.of("font-size", "line-height", "border-top-width", "border-top-color", "margin-top"),
          ".clause-num",
          List.of("color", "font-variant-numeric"),
          ".clause-body a[href^='#']",
          List.of("color", "text-decoration-line"),
          ".change-notice",
          List.of("border-top-color", "border-top-width", "background-color", "padding-left"));

  @TempDir static Path host;
  private static StaticServer server;
  private static Browser browser;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    Browser.requireAvailable();
    Path site = Path.of("site"); // the committed site: its archive makes the change notice show
    Files.writeString(host.resolve("host.css"), HOST_CSS);
    Files.writeString(host.resolve("bare.html"), hostPage(false, ""));
    Files.writeString(
        host.resolve("with-policy.html"),
        hostPage(true, Files.readString(site.resolve("embed/policy.html"))));
    Files.writeString(
        host.resolve("with-history.html"),
        hostPage(true, Files.readString(site.resolve("embed/history.html"))));
    server = StaticServer.builder(host).mount("/site/", site).csp(CSP).start();
    browser = Browser.startOrSkip();
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (browser != null) browser.close();
  }

  @AfterEach
  void screen() {
    media("", "light");
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark", "print"})
  void theHostsOwnElementsKeepEveryComputedStyleWithThePolicyEmbedded(String mode) {
    media(mode.equals("print") ? "print" : "", mode.equals("dark") ? "dark" : "light");
    browser.open(server.uri("bare.html"));
    Map<String, Map<String, String>> without = styles(HOST_ELEMENTS, null);
    assertThat(without.values()).doesNotContainNull().allSatisfy(s -> assertThat(s).isNotEmpty());

    for (String page : List.of("with-policy.html", "with-history.html")) {
      browser.open(server.uri(page));
      assertThat(browser.js("return document.querySelectorAll('.cookie-policy').length;"))
          .isEqualTo(1L);
      Map<String, Map<String, String>> with = styles(HOST_ELEMENTS, null);
      for (String element : HOST_ELEMENTS) {
        assertThat(with.get(element))
            .as("%s in %s (%s)", element, page, mode)
            .isEqualTo(without.get(element));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void thePolicyInsideTheHostLooksAsOnItsOwnPage(String scheme) {
    media("", scheme);
    browser.open(server.uri("site/index.html"));
    Map<String, Map<String, String>> own = policyStyles();
    browser.open(server.uri("with-policy.html"));
    Map<String, Map<String, String>> embedded = policyStyles();

    assertThat(embedded).isEqualTo(own);
    // and the host's own rules for the same kinds of element were really there to resist
    assertThat(browser.computedStyle(".host-table td", "padding-top")).isEqualTo("12px");
    assertThat(own.get("#cookie-_ga > td").get("padding-top")).isEqualTo("8px");
  }

  @Test
  void everyRuleTheBrowserReadsFromTheEmbedStylesheetIsScoped() {
    browser.open(server.uri("with-policy.html"));
    @SuppressWarnings("unchecked")
    List<String> selectors =
        (List<String>)
            browser.js(
                """
                var sheet = Array.from(document.styleSheets)
                    .find(s => s.href && s.href.endsWith('/site/assets/policy-embed.css'));
                var out = [];
                (function walk(rules) {
                  for (const r of rules) {
                    if (r instanceof CSSStyleRule) out.push(r.selectorText);
                    else if (r instanceof CSSMediaRule || r instanceof CSSSupportsRule) walk(r.cssRules);
                    else out.push('not a style rule: ' + r.cssText);
                  }
                })(sheet.cssRules);
                return out;
                """);

    assertThat(selectors).hasSizeGreaterThan(50);
    for (String list : selectors) {
      for (String selector : list.split(",")) {
        assertThat(selector.strip()).as(list).startsWith(".cookie-policy");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"with-policy.html", "with-history.html"})
  void aHostPageWithAFragmentIsAccessibleAndBreaksNoContentSecurityPolicy(String page) {
    browser.open(server.uri(page));
    assertThat(browser.cspViolations()).as("CSP violations in " + page).isEmpty();
    assertThat(browser.axeViolations()).as("axe WCAG 2.1 A/AA in " + page + " (light)").isEmpty();
    media("", "dark");
    assertThat(browser.axeViolations()).as("axe WCAG 2.1 A/AA in " + page + " (dark)").isEmpty();
  }

  @Test
  void anAnchorOfThePolicyTargetsItsSectionInTheHostPage() {
    browser.open(server.uri("with-policy.html#analytics"));
    assertThat(browser.js("return document.querySelector(':target').id;")).isEqualTo("analytics");
    assertThat(
            browser.js(
                "return document.querySelector(':target').closest('.cookie-policy') !== null;"))
        .isEqualTo(true);
  }

  private static Map<String, Map<String, String>> policyStyles() {
    Map<String, Map<String, String>> all = new java.util.TreeMap<>();
    for (var e : POLICY_ELEMENTS.entrySet()) {
      all.put(e.getKey(), styles(List.of(e.getKey()), e.getValue()).get(e.getKey()));
    }
    return all;
  }

  /**
   * The computed style of the first element matching each selector: {@code properties}, or every
   * property but those that grow with the content when null.
   */
  private static Map<String, Map<String, String>> styles(
      List<String> selectors, List<String> properties) {
    String json =
        (String)
            browser.js(
                """
                var out = {};
                for (const selector of arguments[0]) {
                  const e = document.querySelector(selector);
                  if (!e) { out[selector] = null; continue; }
                  const style = getComputedStyle(e);
                  const names = arguments[1] || Array.from(style);
                  const values = {};
                  for (const name of names) {
                    if (!arguments[1] && arguments[2].includes(name)) continue;
                    values[name] = style.getPropertyValue(name);
                  }
                  out[selector] = values;
                }
                return JSON.stringify(out);
                """,
                selectors,
                properties,
                GROWS_WITH_CONTENT);
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void media(String type, String scheme) {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of(
                "media",
                type,
                "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** A host site's page, with the policy's stylesheet and a fragment when {@code embedded}. */
  private static String hostPage(boolean embedded, String fragment) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Aktok: legal</title>
        <link rel="stylesheet" href="/host.css">
        %s</head>
        <body>
        <header class="host-header"><nav aria-label="Site"><a href="/bare.html">Aktok home</a></nav></header>
        <main id="content">
        <h1>Legal</h1>
        <h2>Terms of the host site</h2>
        <p class="host-text">The host's own words, with <a href="/bare.html">a link of its own</a>.</p>
        <table class="host-table">
        <caption>Plans</caption>
        <thead><tr><th scope="col">Plan</th><th scope="col">Price</th></tr></thead>
        <tbody><tr><td>Free</td><td>0</td></tr></tbody>
        </table>
        <ul><li>An item of the host's</li></ul>
        <p class="host-accent">Accented by the host's own --accent</p>
        %s</main>
        <footer class="host-footer"><p>Aktok</p></footer>
        </body>
        </html>
        """
        .formatted(
            embedded ? "<link rel=\"stylesheet\" href=\"/site/assets/policy-embed.css\">\n" : "",
            fragment);
  }
}
