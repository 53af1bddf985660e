package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: options, and where the site is when none is named. */
class CommandLineTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "build", "diff", "release", "rules", "import-ocd", "audit"})
  void every_command_takes_verbose(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(help.out()).contains("--verbose");
  }

  @Test
  void the_site_is_beside_the_registry_wherever_the_command_runs() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path registry = project.resolve("cookies.yaml");
    SeedProject.write(registry, project.resolve("CHANGELOG.md"));

    assertThat(Cli.run("release", registry.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    assertThat(project.resolve("site/versions/1.0.0/cookies.yaml")).exists();
    assertThat(Cli.run("check", registry.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("build", registry.toString(), "--check").exitCode()).isEqualTo(ExitCodes.OK);
  }
}
