package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code check}: located lines, a summary, machine formats, and the documented exit codes. */
class CheckCommandTest {
  static final String UNKNOWN_PROVIDER = "src/test/resources/broken/lint-unknown-provider.yaml";

  /**
   * The policy names Aktok's seven own cookies only by role; until their technical names are added,
   * they are the committed registry's only warnings.
   */
  static final java.util.List<String> NAMED_ONLY_BY_ROLE =
      java.util.List.of(
          "session-id Session ID",
          "access-token Access token (JWT)",
          "refresh-token Refresh token (JWT)",
          "csrf-token CSRF token",
          "language Language preference",
          "timezone Timezone",
          "theme Theme preference");

  /** Where the registry writes {@code label: <label>}, as line:column of the label key. */
  static String labelAt(String label) throws java.io.IOException {
    java.util.List<String> lines =
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("cookies.yaml"));
    int line = lines.indexOf("    label: " + label);
    assertThat(line).as(label).isNotNegative();
    return (line + 1) + ":5";
  }

  /** The line (1-based) of the {@code n}th line of the registry that reads exactly {@code text}. */
  static int line(String text, int n) throws java.io.IOException {
    java.util.List<String> lines =
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("cookies.yaml"));
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = lines.subList(at + 1, lines.size()).indexOf(text) + at + 1;
      assertThat(lines.get(at)).as(text).isEqualTo(text);
    }
    return at + 1;
  }

  /**
   * What a regulator would find in the seed from its data alone (README, "What the seed registry is
   * warned about"): _ga and ga* kept 2 years (over the CNIL's 13 months and the browsers' 400
   * days), PostHog in the US with no safeguard stated, six third parties whose processing location
   * the policy does not state, and a note that UK analytics may no longer need consent.
   */
  static java.util.List<String> complianceFindings() throws java.io.IOException {
    String gdpr13e = " (GDPR Art. 13(1)(e), (f))";
    String cap =
        " (draft-ietf-httpbis-rfc6265bis §5.5, the 400-day cap on Expires and Max-Age; Chromium"
            + " 104)";
    String cnil = " (CNIL deliberation 2020-091, art. 5; CNIL deliberation 2020-092, art. 5)";
    java.util.List<String> out = new java.util.ArrayList<>();
    out.add(
        "cookies.yaml:"
            + line("    consentRequiredIn: [EEA, UK, OTHER-OPT-IN]", 1)
            + ":5: note: category 'analytics' asks consent in the UK for statistics"
            + " (analytics_storage), and each of its providers offers an opt-out: PECR may no"
            + " longer require it there; you may narrow consentRequiredIn (PECR reg. 6, Sch. A1 as"
            + " inserted by the Data (Use and Access) Act 2025)");
    out.add(
        "cookies.yaml:"
            + line("      location: US", 1)
            + ":7: warning: provider 'posthog' processes data in US, outside EEA and UK, and"
            + " states no adequacy decision or safeguard: add processing.safeguard (adequacy, dpf,"
            + " scc, bcr or derogation) (GDPR Art. 13(1)(f), Arts. 44–49)");
    for (String[] p :
        new String[][] {
          {"google-analytics", " (it names processor 'Google', not where)"},
          {"clarity", " (it names processor 'Microsoft', not where)"},
          {"meta", ""},
          {"google-ads", ""},
          {"firebase", " (it names processor 'Google', not where)"},
          {"stripe", ""}
        }) {
      out.add(
          "cookies.yaml:"
              + line("  - id: " + p[0], 1)
              + ":5: warning: third-party provider '"
              + p[0]
              + "' states no processing location: add processing.location"
              + p[1]
              + gdpr13e);
    }
    String[] twoYears = {"_ga", "ga*"};
    for (int i = 0; i < 2; i++) {
      String at = "cookies.yaml:" + line("    duration: P2Y", i + 1) + ":5: warning: cookie '";
      out.add(
          at
              + twoYears[i]
              + "' is declared to last 2 years, but Chromium and Safari keep a cookie 400 days at"
              + " most: state P400D or less, or accept the finding with a reason"
              + cap);
      out.add(
          at
              + twoYears[i]
              + "' of consent-based category 'analytics' lasts 2 years, longer than the 13 months"
              + " a consent-based cookie may last in FR: shorten it, or accept the finding with a"
              + " reason"
              + cnil);
    }
    return out;
  }

  @Test
  void theCommittedRegistryIsValidAndWarnsOfItsCookiesNamedOnlyByRoleAndWhatARegulatorWouldFind()
      throws java.io.IOException {
    Cli result = Cli.run("check");
    java.util.List<String> expected = new java.util.ArrayList<>();
    for (String c : NAMED_ONLY_BY_ROLE) {
      String[] f = c.split(" ", 2);
      expected.add(
          "cookies.yaml:"
              + labelAt(f[1])
              + ": warning: cookie '"
              + f[0]
              + "' is named only by its label '"
              + f[1]
              + "', so no banner, service or audit can recognise it in a browser: add 'name:' with"
              + " the technical name the browser stores (keep 'label:', which the page shows)");
    }
    expected.addAll(complianceFindings());
    expected.sort(
        java.util.Comparator.comparingInt(
            (String l) -> Integer.parseInt(l.split(":")[1]))); // check sorts by position
    expected.add("cookies.yaml: valid, 0 errors, 18 warnings");
    assertThat(result.out().lines()).containsExactlyElementsOf(expected);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void jsonFormatIsAnArrayOfLocatedDiagnostics() throws Exception {
    Cli result = Cli.run("check", "--format", "json", UNKNOWN_PROVIDER);
    JsonNode array = new ObjectMapper().readTree(result.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
    JsonNode compliance = array.get(1);
    assertThat(compliance.get("rule").asText()).isEqualTo("recipient-undisclosed");
    assertThat(compliance.get("source").asText()).isEqualTo("GDPR Art. 13(1)(e), (f)");
    assertThat(array.get(0).has("source")).isFalse();
    JsonNode error = array.get(2);
    assertThat(error.get("file").asText()).isEqualTo(UNKNOWN_PROVIDER);
    assertThat(error.get("line").asInt()).isEqualTo(41);
    assertThat(error.get("column").asInt()).isEqualTo(5);
    assertThat(error.get("severity").asText()).isEqualTo("error");
    assertThat(error.get("rule").asText()).isEqualTo("unknown-provider");
    assertThat(error.get("message").asText()).startsWith("cookie '_st' names provider 'statz'");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void githubFormatPrintsWorkflowAnnotations() {
    Cli result = Cli.run("check", "--format", "github", UNKNOWN_PROVIDER);
    assertThat(result.out().lines())
        .containsExactly(
            "::warning file="
                + UNKNOWN_PROVIDER
                + ",line=30,col=5,title=unused-provider::provider 'stats' is not used "
                + "by any cookie or technology",
            "::warning file="
                + UNKNOWN_PROVIDER
                + ",line=30,col=5,title=recipient-undisclosed::third-party provider 'stats' states"
                + " no processing location: add processing.location (GDPR Art. 13(1)(e), (f))",
            "::error file="
                + UNKNOWN_PROVIDER
                + ",line=41,col=5,title=unknown-provider::cookie '_st' names provider "
                + "'statz', which is not declared under providers; did you mean 'stats'?");
  }

  @Test
  void helpListsTheExitCodes() {
    Cli result = Cli.run("check", "--help");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("Exit codes:").contains("3   the registry is invalid");
    assertThat(Cli.run("--help").out())
        .contains("2   usage error")
        .contains("3   the registry is invalid");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli result = Cli.run("check", "--no-such-option");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(Cli.run("check", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
