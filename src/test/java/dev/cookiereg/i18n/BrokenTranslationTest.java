package dev.cookiereg.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/broken-translations} (a registry with a French
 * edition and its {@code cookies.fr.yaml} broken one way) produces exactly the located messages of
 * its {@code expected} file, and the exit code that goes with them: errors make the registry
 * invalid, stale and missing texts are warnings.
 */
class BrokenTranslationTest {
  static final Path FIXTURES = Path.of("src/test/resources/broken-translations");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void brokenTranslationFileGivesItsLocatedMessages(String name) throws IOException {
    Path dir = FIXTURES.resolve(name);
    String expected = Files.readString(dir.resolve("expected"), StandardCharsets.UTF_8);

    Cli result = Cli.run("check", dir.resolve("cookies.yaml").toString());

    assertThat(result.out().replace("src/test/resources/", "")).isEqualTo(expected);
    boolean hasErrors = expected.lines().anyMatch(l -> l.contains(": error: "));
    assertThat(result.exitCode()).isEqualTo(hasErrors ? ExitCodes.INVALID : ExitCodes.OK);
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @org.junit.jupiter.api.Test
  void everyTranslationRuleHasAFixtureThatTripsIt() throws IOException {
    String all =
        fixtures()
            .map(n -> read(FIXTURES.resolve(n).resolve("expected")))
            .reduce("", String::concat);
    assertThat(all)
        .contains(": warning: stale: ", ": warning: missing: ", "unknown text id", "did you mean");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
