package dev.cookiereg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken file of evidence under {@code src/test/resources/audit/broken} gives exactly the
 * located line in the {@code .expected} file beside it, exit 3, and never a stack trace.
 */
class BrokenEvidenceTest {
  static final Path FIXTURES = Path.of("src/test/resources/audit/broken");
  static final String REGISTRY = "src/test/resources/audit/cookies.yaml";

  static Stream<String> fixtures() throws IOException {
    return Fixtures.named(FIXTURES, ".expected");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void brokenEvidenceGivesItsLocatedLine(String expectedName) throws IOException {
    String base = expectedName.replace(".expected", "");
    Path har = FIXTURES.resolve(base + ".har");
    boolean isHar = Files.exists(har);
    Path file = isHar ? har : FIXTURES.resolve(base + ".cookies.txt");

    Cli r =
        Cli.run(
            "audit",
            REGISTRY,
            isHar ? "--har" : "--cookies-txt",
            file.toString(),
            "--observed-at",
            "2026-11-30T10:00:00Z");

    assertThat(r.err())
        .isEqualTo(Files.readString(FIXTURES.resolve(expectedName), StandardCharsets.UTF_8));
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileAFolderAndAFileOverTheLimitAreOneLineEach(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.har");
    assertThat(Cli.run("audit", REGISTRY, "--har", missing.toString()).err())
        .isEqualTo(missing + ": error: no such file\n");

    Cli folder = Cli.run("audit", REGISTRY, "--cookies-txt", dir.toString());
    assertThat(folder.err()).isEqualTo(dir + ": error: a folder, not a file\n");
    assertThat(folder.exitCode()).isEqualTo(ExitCodes.INVALID);

    Path big = dir.resolve("big.har");
    Files.writeString(big, " ".repeat(2048) + "{}");
    Cli tooLarge = Cli.run("audit", REGISTRY, "--har", big.toString(), "--max-evidence-size", "1k");
    assertThat(tooLarge.err())
        .isEqualTo(big + ": error: 2,050 bytes, more than the 1,024 allowed\n");
    assertThat(tooLarge.exitCode()).isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void anInvalidRegistryExitsThreeBeforeAnyEvidenceIsRead() {
    Cli r =
        Cli.run(
            "audit",
            "src/test/resources/broken/editor-colon-without-space.yaml",
            "--har",
            "src/test/resources/audit/none.har");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.err()).contains(": error: ").doesNotContain("\tat ");
  }
}
