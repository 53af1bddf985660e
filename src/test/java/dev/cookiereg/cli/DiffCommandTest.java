package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff}: the verdict in every format, annotations on the changed line, and the --fail-on
 * threshold.
 */
class DiffCommandTest {
  static final String BASE = "src/test/resources/registries/diff-base.yaml";
  @TempDir Path dir;
  Path head;

  @BeforeEach
  void aCookieAddedAndAPurposeReworded() throws Exception {
    String yaml =
        Files.readString(Path.of(BASE), StandardCharsets.UTF_8)
            .replace(
                "technologies:\n",
                "  - name: _new\n    provider: stats\n    category: analytics\n"
                    + "    purpose: Counts | pipes *and* stars\n    duration: P1D\ntechnologies:\n")
            .replace(
                "purpose: Keeps you signed in", "purpose: Keeps you signed in on every device");
    head = dir.resolve("cookies.yaml");
    Files.writeString(head, yaml, StandardCharsets.UTF_8);
  }

  @Test
  void textGroupsChangesByLevelWithTheVerdictFirst() {
    Cli r = Cli.run("diff", BASE, head.toString());
    assertThat(r.out())
        .startsWith(
            "Changes from "
                + BASE
                + " to "
                + head
                + ": material (2 changes; consent: "
                + "re-ask the category; notice: banner, log)\n\nMaterial:\n  - cookie '_new' added to category 'analytics' "
                + "[cookie-added]\n\nNotable:\n  - the purpose of cookie 'session' changed [purpose-text-changed]\n");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void markdownIsATablePerLevelForAPullRequest() {
    String out = Cli.run("diff", BASE, head.toString(), "--format", "markdown").out();
    assertThat(out)
        .startsWith("## Cookie policy changes: **material**")
        .contains(
            "### Material (1)\n\n| Change | Rule | Consent | Notice |\n|---|---|---|---|\n"
                + "| cookie '\\_new' added to category 'analytics' | `cookie-added` | re-ask the category | banner |")
        .contains("### Notable (1)");
  }

  @Test
  void githubAnnotatesTheChangedLineOfTheNewRegistry() throws Exception {
    String out = Cli.run("diff", BASE, head.toString(), "--format", "github").out();
    int line = Files.readAllLines(head).indexOf("  - name: _new") + 1;
    assertThat(out)
        .contains(
            "::error file="
                + head
                + ",line="
                + line
                + ",col=5,title=material%3A cookie-added::"
                + "cookie '_new' added to category 'analytics'");
    assertThat(out).contains("::warning file=" + head);
  }

  @Test
  void aRemovalIsAnnotatedOnTheListItWasRemovedFrom() throws Exception {
    String out = Cli.run("diff", head.toString(), BASE, "--format", "github").out();
    int line = Files.readAllLines(Path.of(BASE)).indexOf("cookies:") + 1;
    assertThat(out)
        .contains(
            "::notice file="
                + BASE
                + ",line="
                + line
                + ",col=1,title=editorial%3A cookie-removed::"
                + "cookie '_new' removed from category 'analytics'");
  }

  @Test
  void jsonCarriesRuleLevelSubjectAndAStableFingerprint() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("diff", BASE, head.toString(), "--format", "json").out());
    JsonNode again =
        new ObjectMapper()
            .readTree(Cli.run("diff", BASE, head.toString(), "--format", "json").out());
    assertThat(json.get("verdict").asText()).isEqualTo("material");
    JsonNode added = json.get("changes").get(0);
    assertThat(added.get("rule").asText()).isEqualTo("cookie-added");
    assertThat(added.get("subject").asText()).isEqualTo("cookie:_new");
    assertThat(added.get("fingerprint").asText())
        .matches("[0-9a-f]{12}")
        .isEqualTo(again.get("changes").get(0).get("fingerprint").asText());
  }

  @Test
  void failOnExitsOneWhenTheVerdictReachesTheLevel() {
    assertThat(Cli.run("diff", BASE, head.toString(), "--fail-on", "material").exitCode())
        .isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(Cli.run("diff", BASE, BASE, "--fail-on", "editorial").exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("diff", BASE, head.toString(), "--fail-on", "severe").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }
}
