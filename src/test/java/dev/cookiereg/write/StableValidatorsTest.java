package dev.cookiereg.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.testing.SeedProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators stay put: a rebuild keeps the modification time of every file whose bytes did not
 * change, so a server's Last-Modified and ETag do not change either, and gives a changed file a new
 * one.
 */
class StableValidatorsTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path dir;

  @Test
  void aRebuildKeepsTheTimeOfEveryUnchangedFileAndMovesTheChangedOnes() throws Exception {
    Path registry = dir.resolve("cookies.yaml");
    Path site = dir.resolve("site");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
    assertThat(Cli.run("build", registry.toString()).exitCode()).isZero();
    List<Path> files = files(site);
    for (Path f : files) Files.setLastModifiedTime(f, LONG_AGO);

    assertThat(Cli.run("build", registry.toString()).exitCode()).isZero();
    assertThat(files(site)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.getLastModifiedTime(f))
          .as(site.relativize(f).toString())
          .isEqualTo(LONG_AGO);
    }

    String reworded =
        Files.readString(registry, StandardCharsets.UTF_8)
            .replace(
                "purpose: Stores your light or dark mode selection",
                "purpose: Stores your colour theme");
    Files.writeString(registry, reworded, StandardCharsets.UTF_8);
    assertThat(Cli.run("build", registry.toString()).exitCode()).isZero();
    assertThat(Files.getLastModifiedTime(site.resolve("index.html"))).isNotEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(site.resolve("manifest.json"))).isNotEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(site.resolve("assets/policy.css"))).isEqualTo(LONG_AGO);
    assertThat(Files.getLastModifiedTime(site.resolve("history.html"))).isEqualTo(LONG_AGO);
  }

  private static List<Path> files(Path site) throws Exception {
    try (Stream<Path> s = Files.walk(site)) {
      List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
      return out;
    }
  }
}
