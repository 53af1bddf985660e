package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.RegistryLoader;
import dev.cookiereg.prose.Placeholders;
import dev.cookiereg.testing.ScratchProject;
import dev.cookiereg.testing.SeedProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff BASE}: the same two registries give the same changes whether BASE is a file, a git
 * revision {@code REV:path} or the release archive's {@code site/versions/X/cookies.yaml}.
 */
class DiffBaseTest {
  static final String PLACEHOLDER = "{sessionRecording.providers} record";

  @TempDir Path dir;

  /**
   * The archive holds the version as released, with the session-recording providers written out;
   * the commit after it writes them as a placeholder, which reads the same (no release needed).
   * Then a provider that records sessions is added: the placeholder now reads differently, but that
   * is the provider's change, not new wording, whichever of the two bases the diff reads.
   */
  @Test
  void theSameEditGivesTheSameChangesWhicheverWayTheBaseIsGiven() throws Exception {
    Path registry = dir.resolve("cookies.yaml");
    String project = SeedProject.registry();
    assertThat(project).contains(PLACEHOLDER);
    String recorders =
        Placeholders.global(new RegistryLoader().load(Path.of("cookies.yaml")).registry())
            .value("sessionRecording.providers")
            .orElseThrow();
    String writtenOut = recorders + " record";
    Files.writeString(registry, project.replace(PLACEHOLDER, writtenOut), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("CHANGELOG.md"), SeedProject.changelog());
    Cli release =
        Cli.run(
            "release",
            registry.toString(),
            "--out",
            dir.resolve("site").toString(),
            "--date",
            ScratchProject.DATE);
    assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);
    Path archived = archivedRegistry();
    String released = Files.readString(archived, StandardCharsets.UTF_8);
    assertThat(released).contains(writtenOut).doesNotContain(PLACEHOLDER);

    String committed = released.replace(writtenOut, PLACEHOLDER);
    Files.writeString(registry, committed, StandardCharsets.UTF_8);
    git("init", "-q");
    git("add", "cookies.yaml");
    git("commit", "-q", "-m", "the released version, a fact as a placeholder");
    Path copy = dir.resolve("base-copy.yaml");
    Files.writeString(copy, committed, StandardCharsets.UTF_8);
    Files.writeString(
        registry,
        committed
            .replaceFirst(
                "\nproviders:\n",
                "\nproviders:\n  - id: hotjar\n    name: Hotjar\n    party: third\n"
                    + "    description: records heatmaps and browsing sessions.\n"
                    + "    privacyUrl: https://www.hotjar.com/legal/policies/privacy/\n"
                    + "    sessionRecording: true\n"
                    + "    thirdParty:\n      purpose: Heatmaps and session recordings\n")
            .replaceFirst(
                "\ncookies:\n",
                "\ncookies:\n  - name: _hjSession\n    provider: hotjar\n    category: analytics\n"
                    + "    purpose: Keeps a Hotjar session\n    duration: PT30M\n"),
        StandardCharsets.UTF_8);

    for (String format : List.of("text", "markdown", "json")) {
      List<String> outputs = new ArrayList<>();
      for (String base :
          List.of("HEAD:cookies.yaml", dir.relativize(archived).toString(), copy.toString())) {
        Cli diff =
            Cli.run(
                "diff",
                base.startsWith("site") ? dir.resolve(base).toString() : base,
                registry.toString(),
                "--format",
                format);
        assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
        String named = base.startsWith("site") ? dir.resolve(base).toString() : base;
        outputs.add(diff.out().replace(named, "BASE"));
      }
      assertThat(outputs.get(1)).as("%s: archive vs git", format).isEqualTo(outputs.get(0));
      assertThat(outputs.get(2)).as("%s: file vs git", format).isEqualTo(outputs.get(0));
      if (format.equals("text")) {
        assertThat(outputs.get(0))
            .isEqualTo(
                "Changes from BASE to "
                    + registry
                    + ": material (2 changes; consent: re-ask the category; notice: prior, banner)\n\n"
                    + "Material:\n"
                    + "  - cookie '_hjSession' added to category 'analytics' [cookie-added]\n"
                    + "  - provider 'hotjar' added [provider-added]\n");
      }
    }
  }

  /** A manifest has no prose: the report says its wording was not compared, in every format. */
  @Test
  void aManifestBaseSaysTheWordingWasNotCompared() throws Exception {
    ScratchProject p = ScratchProject.released(dir.resolve("project"));
    String manifest = p.site().resolve("versions/1.0.0/manifest.json").toString();
    String archived = p.site().resolve("versions/1.0.0/cookies.yaml").toString();
    String registry = p.registry().toString();

    assertThat(Cli.run("diff", manifest, registry).out())
        .isEqualTo(
            "Changes from "
                + manifest
                + " (facts only: a manifest holds no wording) to "
                + registry
                + ": no changes\n");
    assertThat(Cli.run("diff", manifest, registry, "--format", "markdown").out())
        .contains("From `" + manifest + "` (facts only: a manifest holds no wording) to `");
    assertThat(Cli.run("diff", manifest, registry, "--format", "json").out())
        .contains("\"wordingCompared\": false");
    assertThat(Cli.run("diff", archived, registry, "--format", "json").out())
        .contains("\"wordingCompared\": true");
    assertThat(Cli.run("diff", archived, registry).out()).doesNotContain("facts only");
  }

  private Path archivedRegistry() throws Exception {
    try (Stream<Path> versions = Files.list(dir.resolve("site/versions"))) {
      return versions
          .filter(Files::isDirectory)
          .map(v -> v.resolve("cookies.yaml"))
          .filter(Files::exists)
          .findFirst()
          .orElseThrow();
    }
  }

  private void git(String... args) throws Exception {
    List<String> line =
        new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com"));
    line.addAll(List.of(args));
    Process p = new ProcessBuilder(line).directory(dir.toFile()).inheritIO().start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }
}
