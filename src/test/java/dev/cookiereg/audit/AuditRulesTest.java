package dev.cookiereg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence under {@code src/test/resources/audit} (a HAR or a cookies.txt per consent state)
 * plants every audit rule exactly once against the registry beside it; everything else it holds
 * (the banner's own cookie after a refusal, a deletion, essential cookies before consent, a
 * provider that does not promise to honour GPC, lifetimes within the tolerance or the browsers'
 * cap) is gated correctly and must produce nothing.
 */
public class AuditRulesTest {
  static final Path DIR = Path.of("src/test/resources/audit");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was planted, in the report's order: rule, state, name. */
  static final String PLANTED =
      """
      undeclared-cookie          none       _hjSession_1234567
      undeclared-storage         none       trk_uid
      undeclared-host            none       tracker.test
      set-before-consent         none       _st
      set-after-reject           reject     _ad_click
      outside-granted-category   analytics  _chat
      retention-exceeds-declared all        _st
      session-cookie-persists    none       session
      gpc-ignored                gpc        _ad_click
      declared-not-observed      -          _st_old
      """;

  /** The command line that audits every fixture, each in its state. */
  public static List<String> auditAll(String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "audit",
            DIR.resolve("cookies.yaml").toString(),
            "--har",
            DIR.resolve("none.har").toString(),
            "--har",
            DIR.resolve("reject.har").toString(),
            "--state",
            "reject",
            "--cookies-txt",
            DIR.resolve("analytics.cookies.txt").toString(),
            "--state",
            "analytics",
            "--har",
            DIR.resolve("all.har").toString(),
            "--state",
            "all",
            "--har",
            DIR.resolve("gpc.har").toString(),
            "--state",
            "gpc",
            "--observed-at",
            "2026-11-30T10:00:00Z"));
    args.addAll(List.of(more));
    return args;
  }

  static JsonNode auditJson() throws Exception {
    Cli r = Cli.run(auditAll("--format", "json").toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(r.out());
  }

  @Test
  void everyRuleFindsExactlyWhatWasPlantedAndNothingElse() throws Exception {
    List<String> found = new ArrayList<>();
    for (JsonNode f : auditJson().get("findings")) {
      found.add(
          String.join(
              " ",
              f.get("rule").asText(),
              f.get("state").isNull() ? "-" : f.get("state").asText(),
              f.get("name").asText()));
    }
    List<String> planted =
        PLANTED.lines().map(l -> String.join(" ", l.strip().split(" +"))).toList();
    assertThat(found).containsExactlyElementsOf(planted);
  }

  @Test
  void everyAuditRuleHasAPlantedCase() {
    Set<String> planted =
        PLANTED.lines().map(l -> l.strip().split(" +")[0]).collect(Collectors.toSet());
    assertThat(planted)
        .containsExactlyInAnyOrderElementsOf(AuditRules.ALL.stream().map(AuditRule::id).toList());
  }

  @Test
  void theJsonReportHasTheContractsFieldsStatesAndPages() throws Exception {
    JsonNode report = auditJson();
    assertThat(iterable(report.fieldNames())).containsExactly("findings", "states", "pages");
    assertThat(report.get("states").toString())
        .isEqualTo("[\"none\",\"reject\",\"analytics\",\"all\",\"gpc\"]");
    assertThat(report.get("pages").toString()).isEqualTo("[\"https://example.com/\"]");
    for (JsonNode f : report.get("findings")) {
      List<String> fields = iterable(f.fieldNames());
      List<String> contract =
          List.of(
              "rule",
              "severity",
              "name",
              "domain",
              "state",
              "page",
              "message",
              "declared",
              "observed");
      if (f.get("rule").asText().equals("undeclared-cookie")) {
        assertThat(fields).containsExactlyElementsOf(concat(contract, "suggestion"));
      } else {
        assertThat(fields).containsExactlyElementsOf(contract);
      }
    }
    JsonNode gated = find(report, "set-after-reject");
    assertThat(gated.get("severity").asText()).isEqualTo("error");
    assertThat(gated.get("domain").asText()).isEqualTo("ads.example.org");
    assertThat(gated.get("page").asText()).isEqualTo("https://example.com/");
    assertThat(gated.get("declared").asText()).isEqualTo("marketing cookie _ad* of ads, P2Y");
    assertThat(gated.get("observed").asText())
        .startsWith("set on ads.example.org, lifetime 7776000s (90 days), Secure, SameSite=None");
    assertThat(find(report, "declared-not-observed").get("severity").asText()).isEqualTo("note");
  }

  @Test
  void anUndeclaredHotjarSessionCookieIsSuggestedAsHotjarAnalyticsWithItsRetention()
      throws Exception {
    JsonNode s = find(auditJson(), "undeclared-cookie").get("suggestion");
    assertThat(s.get("provider").asText()).isEqualTo("Hotjar");
    assertThat(s.get("category").asText()).isEqualTo("analytics");
    assertThat(s.get("retention").asText()).isEqualTo("PT30M");
    assertThat(s.get("description").asText()).startsWith("A cookie that holds the current session");
    assertThat(s.get("yaml").asText())
        .contains("review before publishing")
        .contains("- id: \"_hjSession_\"\n    name: \"_hjSession_*\"")
        .contains("provider: hotjar # not in the registry yet")
        .contains("category: analytics # the database says Functional")
        .contains("duration: PT30M");
  }

  /** Ready to paste: the block, with the provider it asks for, declares the cookie it was for. */
  @Test
  void theSuggestionPastedIntoTheRegistryDeclaresTheCookie(@TempDir Path dir) throws Exception {
    String yaml = find(auditJson(), "undeclared-cookie").get("suggestion").get("yaml").asText();
    String registry =
        Files.readString(DIR.resolve("cookies.yaml"), StandardCharsets.UTF_8)
            .replace("cookies:\n", "cookies:\n" + yaml)
            .replace(
                "providers:\n",
                "providers:\n  - id: hotjar\n    name: Hotjar\n    party: third\n"
                    + "    privacyUrl: https://www.hotjar.com/legal/policies/privacy/\n");
    Path pasted = dir.resolve("cookies.yaml");
    Files.writeString(pasted, registry, StandardCharsets.UTF_8);
    assertThat(Cli.run("check", pasted.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    Cli r =
        Cli.run(
            "audit",
            pasted.toString(),
            "--har",
            DIR.resolve("none.har").toString(),
            "--format",
            "json");
    Set<String> rules = new TreeSet<>();
    JSON.readTree(r.out()).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).doesNotContain("undeclared-cookie").contains("set-before-consent");
  }

  /**
   * Correct gating: in state none, essential cookies and the banner's own (once a choice is stored)
   * are no findings, whatever they are; a deleted cookie was not set.
   */
  @Test
  void essentialCookiesTheBannersCookieAndDeletionsAreNeverBeforeConsent(@TempDir Path dir)
      throws Exception {
    Path har = dir.resolve("clean.har");
    Files.writeString(
        har,
        """
        {"log": {"pages": [{"id": "p", "title": "https://example.com/"}], "entries": [
          {"pageref": "p", "startedDateTime": "2026-11-30T10:00:00Z",
           "request": {"url": "https://example.com/", "cookies": [{"name": "cc_cookie", "value": "x"}]},
           "response": {"headers": [
             {"name": "Set-Cookie", "value": "session=a; HttpOnly\\ncsrf=b; SameSite=Strict"},
             {"name": "Set-Cookie", "value": "cc_cookie=x; Max-Age=15724800"},
             {"name": "Set-Cookie", "value": "_st=; Max-Age=0"},
             {"name": "Set-Cookie", "value": "_chat=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"}]}},
          {"pageref": "p", "startedDateTime": "2026-11-30T10:00:01Z",
           "request": {"url": "https://stats.example.net/ping"}, "response": {}}]}}
        """,
        StandardCharsets.UTF_8);
    Cli r =
        Cli.run(
            "audit",
            DIR.resolve("cookies.yaml").toString(),
            "--har",
            har.toString(),
            "--format",
            "json");
    Set<String> rules = new TreeSet<>();
    JSON.readTree(r.out()).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).containsExactly("declared-not-observed");
  }

  private static JsonNode find(JsonNode report, String rule) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("rule").asText().equals(rule)) return f;
    }
    throw new AssertionError("no " + rule + " finding");
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }
}
