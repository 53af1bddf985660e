package dev.cookiereg.validate;

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
 * Every broken registry under {@code src/test/resources/broken} produces exactly the located
 * messages in the {@code .expected} file beside it, and the exit code that goes with them.
 */
class BrokenRegistryTest {
  static final Path FIXTURES = Path.of("src/test/resources/broken");

  static Stream<String> fixtures() throws IOException {
    return Fixtures.named(FIXTURES, ".yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void brokenRegistryGivesItsLocatedMessages(String name) throws IOException {
    Path registry = FIXTURES.resolve(name);
    String expected =
        Files.readString(
            FIXTURES.resolve(name.replace(".yaml", ".expected")), StandardCharsets.UTF_8);

    Cli result = Cli.run("check", registry.toString());

    assertThat(result.out().replace("src/test/resources/", "")).isEqualTo(expected);
    boolean hasErrors = expected.lines().anyMatch(l -> l.contains(": error: "));
    assertThat(result.exitCode()).isEqualTo(hasErrors ? ExitCodes.INVALID : ExitCodes.OK);
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void fixturesCoverAtLeastThirtyBrokenRegistries() throws IOException {
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void everyLintRuleHasABrokenRegistryThatTripsIt() throws Exception {
    java.util.Set<String> tripped = new java.util.TreeSet<>();
    for (String name : fixtures().toList()) {
      com.fasterxml.jackson.databind.JsonNode found =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(
                  Cli.run("check", "--format", "json", FIXTURES.resolve(name).toString()).out());
      found.forEach(d -> tripped.add(d.get("rule").asText()));
    }
    assertThat(tripped).containsAll(Lints.ALL.stream().map(LintRule::id).toList());
  }

  @Test
  void aFileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "#".repeat((1 << 20) + 1));

    Cli result = Cli.run("check", big.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out())
        .contains(
            big
                + ":1:1: error: the file is 1,048,577 bytes; a registry may be at most "
                + "1,048,576 bytes (1 MiB)");
  }

  @Test
  void deepNestingIsRefusedWithAPosition(@TempDir Path dir) throws IOException {
    Path deep = dir.resolve("deep.yaml");
    Files.writeString(deep, "policy: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

    Cli result = Cli.run("check", deep.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).contains(deep + ":1:48: error: nesting is deeper than 40 levels");
  }

  @Test
  void anAliasBombIsRefusedAtItsFirstAnchor(@TempDir Path dir) throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    Path file = dir.resolve("bomb.yaml");
    Files.writeString(file, bomb);

    Cli result = Cli.run("check", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).startsWith(file + ":1:5: error: anchors (&a0) are not allowed");
  }

  @Test
  void aMissingFileIsAnInvalidRegistryNotACrash() {
    Cli result = Cli.run("check", "no/such/cookies.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).startsWith("no/such/cookies.yaml:1:1: error: no such file");
  }

  @Test
  void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.yaml");
    byte[] minimal = Files.readAllBytes(Path.of("src/test/resources/registries/minimal.yaml"));
    byte[] withBom = new byte[minimal.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(minimal, 0, withBom, 3, minimal.length);
    Files.write(file, withBom);

    assertThat(Cli.run("check", file.toString()).exitCode()).isEqualTo(ExitCodes.OK);
  }
}
