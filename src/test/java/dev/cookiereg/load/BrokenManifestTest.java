package dev.cookiereg.load;

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
 * Every broken manifest under {@code src/test/resources/broken-manifests}, given to {@code diff} as
 * the release to compare with, is refused with exactly the one located error in the {@code
 * .expected} file beside it: cut short, not JSON, not a manifest, a member missing, null or of
 * another type, or a value the registry cannot hold. Never a stack trace.
 */
class BrokenManifestTest {
  static final Path FIXTURES = Path.of("src/test/resources/broken-manifests");
  static final String NOW = "src/test/resources/registries/minimal.yaml";

  static Stream<String> fixtures() throws IOException {
    return Fixtures.named(FIXTURES, ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void aBrokenManifestIsOneLocatedError(String name) throws IOException {
    String expected =
        Files.readString(
            FIXTURES.resolve(name.replace(".json", ".expected")), StandardCharsets.UTF_8);

    Cli result = Cli.run("diff", FIXTURES.resolve(name).toString(), NOW);

    assertThat(result.err().replace("src/test/resources/", "")).isEqualTo(expected);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void theManifestTheFixturesWereBrokenFromIsRead(@TempDir Path dir) throws IOException {
    // the fixtures are the minimal registry's manifest, each broken one way; unbroken, it reads
    Path site = dir.resolve("site");
    assertThat(Cli.run("build", NOW, "--out", site.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    Cli result = Cli.run("diff", site.resolve("manifest.json").toString(), NOW);

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).endsWith(": no changes\n");
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(10);
  }
}
