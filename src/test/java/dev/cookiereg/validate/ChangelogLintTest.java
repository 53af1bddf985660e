package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of the policy history, CHANGELOG.md beside the registry, as {@code check} reports them:
 * one entry per version ({@code duplicate-version-heading}), located at the second entry's line.
 */
class ChangelogLintTest {
  static final Path MINIMAL = Path.of("src/test/resources/registries/minimal.yaml");

  static final String HEAD =
      """
      # Cookie Policy history

      ## [1.1.0] - 2026-05-01 [notable]

      Effective 2026-05-01.

      """;

  @TempDir Path dir;

  private Cli check(byte[] history) throws IOException {
    Path registry = dir.resolve("cookies.yaml");
    Files.copy(MINIMAL, registry);
    Files.write(dir.resolve("CHANGELOG.md"), history);
    return Cli.run("check", registry.toString());
  }

  private Cli check(String history) throws IOException {
    return check(history.getBytes(StandardCharsets.UTF_8));
  }

  /** A history, and the findings {@code check} prints for it, {@code @} standing for its path. */
  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of(
            "a second entry for a version, with the line of the first",
            HEAD + "## [1.0.0] - 2026-04-03 [material]\n\n## [1.1.0] - 2026-05-02 [notable]\n",
            "@:9:1: error: a second entry for [1.1.0] (the first is at line 3); keep one entry per"
                + " version\n"),
        Arguments.of(
            "the same version in other letters",
            "## [Unreleased]\n\n## [1.0.0]\n\n## [unreleased]\n",
            "@:5:1: error: a second entry for [unreleased] (the first is at line 1); keep one entry"
                + " per version\n"),
        Arguments.of(
            "a third entry, with the line of the first",
            "## [1.0.0]\n## [1.0.0]\n## [1.0.0]\n",
            "@:2:1: error: a second entry for [1.0.0] (the first is at line 1); keep one entry per"
                + " version\n"
                + "@:3:1: error: a second entry for [1.0.0] (the first is at line 1); keep one entry per"
                + " version\n"),
        Arguments.of(
            "a heading in a code block fenced with backticks is no entry",
            HEAD + "```markdown\n## [1.1.0] - an example\n```\n",
            ""),
        Arguments.of(
            "a heading in a code block fenced with tildes is no entry",
            HEAD + "~~~\n## [1.1.0] - an example\n~~~\n",
            ""),
        Arguments.of(
            "a heading after a closed fence is an entry again",
            HEAD + "~~~\n## [1.1.0] - an example\n~~~\n\n## [1.1.0] - 2026-05-02\n",
            "@:11:1: error: a second entry for [1.1.0] (the first is at line 3); keep one entry per"
                + " version\n"),
        Arguments.of("a level-three heading is no entry", HEAD + "### [1.1.0]\n", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void theHistoryHasOneEntryPerVersion(String rule, String history, String findings)
      throws IOException {
    Cli result = check(history);

    String errors = findings.replace("@", dir.resolve("CHANGELOG.md").toString());
    // the minimal registry's third-party provider states no processing location: a compliance
    // finding, beside the point here
    assertThat(
            result
                .out()
                .lines()
                .limit(result.out().lines().count() - 1)
                .filter(l -> !dev.cookiereg.testing.ComplianceFindings.cited(l)))
        .as("the findings above the summary line")
        .containsExactlyElementsOf(errors.lines().toList());
    assertThat(result.exitCode()).isEqualTo(errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID);
  }

  @Test
  void aHistoryThatIsNotUtf8IsOneLocatedError() throws IOException {
    byte[] latin1 = "## [1.0.0] - r\u00e9sum\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    Cli result = check(latin1);

    assertThat(result.out().lines().filter(l -> !dev.cookiereg.testing.ComplianceFindings.cited(l)))
        .containsExactly(
            dir.resolve("CHANGELOG.md") + ":1:1: error: the file is not valid UTF-8",
            // the one warning: the minimal registry's provider states no processing location
            dir.resolve("cookies.yaml") + ": invalid, 1 error, 1 warning");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
  }
}
