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

  @Test
  void theCommittedRegistryIsValidAndWarnsOnlyOfItsSevenCookiesNamedOnlyByRole()
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
    expected.add("cookies.yaml: valid, 0 errors, 7 warnings");
    assertThat(result.out().lines()).containsExactlyElementsOf(expected);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void jsonFormatIsAnArrayOfLocatedDiagnostics() throws Exception {
    Cli result = Cli.run("check", "--format", "json", UNKNOWN_PROVIDER);
    JsonNode array = new ObjectMapper().readTree(result.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    JsonNode error = array.get(1);
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
