package dev.cookiereg.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.TestWebsite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code audit URL} crawls the loopback test website in headless Chromium, in every consent state,
 * and finds exactly what {@code src/test/resources/audit/live/expected.yaml} says each shop plants
 * — every audit rule where it was planted, nothing where the real banner libraries gate correctly.
 */
class LiveAuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static TestWebsite site;

  @BeforeAll
  static void start() {
    Browser.requireAvailable();
    site = TestWebsite.start();
  }

  @AfterAll
  static void stop() {
    if (site != null) site.close();
  }

  @Test
  void theVanillaCookieConsentShopFindsExactlyWhatItPlants() throws Exception {
    JsonNode report = audit(TestWebsite.SHOP, 3);

    assertThat(findings(report)).containsExactlyInAnyOrderElementsOf(expected(TestWebsite.SHOP));
    assertThat(report.get("pages")).hasSize(3);
    // the undeclared Hotjar cookie the crawl saw comes with a block to review, from the database
    JsonNode hotjar = null;
    for (JsonNode f : report.get("findings")) {
      if (f.get("name").asText().equals("_hjSession_12345")) hotjar = f.get("suggestion");
    }
    assertThat(hotjar).isNotNull();
    assertThat(hotjar.get("provider").asText()).isEqualTo("Hotjar");
    assertThat(hotjar.get("category").asText()).isEqualTo("analytics");
    assertThat(hotjar.get("retention").asText()).isEqualTo("PT30M");
    assertThat(hotjar.get("yaml").asText())
        .contains("name: \"_hjSession_*\"", "duration: PT30M", "provider: hotjar");
  }

  @Test
  void theKlaroShopFindsTheCookieKlaroDeletedRightAfterItWasSet() throws Exception {
    JsonNode report = audit(TestWebsite.KLARO_SHOP, 2);

    assertThat(findings(report))
        .containsExactlyInAnyOrderElementsOf(expected(TestWebsite.KLARO_SHOP));
  }

  /** Runs {@code audit} on a shop's home page, up to {@code pages} pages, every state. */
  private static JsonNode audit(String shop, int pages) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("audit");
    args.add(site.url(shop, "/").toString());
    args.add(site.registry(shop).toString());
    for (String rule : site.resolveRules()) {
      args.add("--resolve");
      args.add(rule);
    }
    args.addAll(List.of("--pages", Integer.toString(pages), "--parallel", "2", "--format", "json"));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(r.out());
  }

  /** The report's findings as {@code rule name state}, state {@code -} when it has none. */
  private static List<String> findings(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      out.add(
          f.get("rule").asText()
              + " "
              + f.get("name").asText()
              + " "
              + (f.get("state").isNull() ? "-" : f.get("state").asText()));
    }
    return out;
  }

  private static List<String> expected(String shop) {
    return TestWebsite.expected(shop).stream()
        .map(e -> e.rule() + " " + e.name() + " " + (e.state() == null ? "-" : e.state()))
        .toList();
  }
}
