package dev.cookiereg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.release.Archive;
import dev.cookiereg.site.SiteFile;
import dev.cookiereg.testing.ScratchProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's rules about what a release published: a released version's live manifest stays its
 * archived copy (released-version-changed), and the manifest format keeps its major's promise
 * (manifest-format-broken). An archive written by another generator is made here by rewriting a
 * released file and its record, as that generator would have released it.
 */
class ReleaseArchiveGateTest {
  @TempDir Path dir;
  ScratchProject project;
  String version;

  @BeforeEach
  void release() throws Exception {
    project = ScratchProject.released(dir.resolve("p"));
    String manifest = Files.readString(project.site().resolve("manifest.json"));
    version = manifest.replaceAll("(?s).*?\"version\": \"([0-9.]+)\".*", "$1");
  }

  /** Rewrites an archived file as another generator would have released it, record included. */
  private void released(String path, UnaryOperator<String> change) throws Exception {
    Path site = project.site();
    List<SiteFile> archive = new ArrayList<>();
    for (SiteFile f : Archive.read(site)) {
      if (f.path().equals(path)) {
        String text = change.apply(new String(f.content(), StandardCharsets.UTF_8));
        f = new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
        Files.writeString(site.resolve(path), text);
      }
      archive.add(f);
    }
    SiteFile record = Archive.record(archive);
    Files.write(site.resolve(record.path()), record.content());
  }

  @Test
  void aReleasedVersionWhoseManifestThisGeneratorWritesDifferentlyIsRefused() throws Exception {
    released(
        "versions/" + version + "/manifest.json",
        m -> m.replace("\"title\": \"Cookie Policy\"", "\"title\": \"Cookie Notice\""));

    Cli check = project.cli("check", "--released");
    Cli build = project.cli("build", "--check");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.out())
        .contains(
            "version "
                + version
                + " is released, but this generator writes its manifest differently from the"
                + " copy released in versions/"
                + version
                + "/manifest.json (first at /policy/title)")
        .contains("run 'java -jar target/cookiereg.jar release' to publish the new form");
    assertThat(build.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(build.err()).contains("is released, but this generator writes its manifest");

    // what the message says to do: a patch version, released, publishes the new form beside the old
    String next = check.out().replaceAll("(?s).*set version to ([0-9.]+) and run.*", "$1");
    project.edit("  version: " + version + "\n", "  version: " + next + "\n");
    Cli release = project.cli("release");
    assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);
    assertThat(project.cli("check", "--released").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(project.cli("build", "--check").exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(project.site().resolve("versions/" + version + "/manifest.json")))
        .as("the released version stays as released")
        .contains("\"title\": \"Cookie Notice\"");
    assertThat(Files.readString(project.site().resolve("manifest.json")))
        .contains("\"version\": \"" + next + "\"")
        .contains("\"title\": \"Cookie Policy\"");
  }

  @Test
  void aSchemaChangeThatBreaksTheReleasedFormatIsRefused() throws Exception {
    String schema = "versions/" + version + "/schema/v2/manifest.schema.json";
    released(
        schema,
        s ->
            s.replaceFirst(
                "\"properties\": \\{",
                "\"properties\": {\n    \"legacy\": {\"type\": \"string\", \"description\": \"x\"},"));

    Cli check = project.cli("check", "--released");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.out())
        .contains(
            schema
                + ":1:1: error: today's manifest schema breaks format 2 as release "
                + version
                + " published it: schema-member-removed at legacy: no longer in the schema;"
                + " keep the format's promise, or move the manifest format to 3.0");
  }

  @Test
  void anArchivedManifestOfTheFormatThatTodaysSchemaRejectsIsRefused() throws Exception {
    released(
        "versions/" + version + "/manifest.json",
        m -> m.replace("\"bannerRevision\": ", "\"bannerRevision\": -"));

    Cli check = project.cli("check", "--released");

    assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(check.out())
        .contains(
            "versions/"
                + version
                + "/manifest.json:1:1: error: a released manifest of format 2 no longer validates"
                + " against today's schema");
  }

  @Test
  void aProjectAsReleasedPassesTheGate() throws Exception {
    Cli check = project.cli("check", "--released");

    assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(project.site().resolve("versions/index.json")))
        .contains("\"latest\": \"" + version + "\"");
  }
}
