package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.model.Version;
import dev.cookiereg.testing.ScratchProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest as a service consumes it, with no code of this project: Node (ajv) validates the
 * live manifest and every archived one against their format's schema and follows the version index
 * and the paths; Python recomputes every digest from the manifest alone. Tried on the committed
 * site and over a sequence of releases, where a released version must never change.
 */
class ManifestConsumersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int exit, String out) {}

  private static Run run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return new Run(p.exitValue(), out.strip());
  }

  private static Run node(Path site) throws Exception {
    return run("node", "src/test/js/consume-site.mjs", site.toString());
  }

  private static Run python(Path site) throws Exception {
    return run("python3", "src/test/python/verify_digests.py", site.toString());
  }

  /** Both consumers accept the site; returns Node's summary. */
  private static JsonNode consumed(Path site) throws Exception {
    Run node = node(site);
    assertThat(node.exit()).as("ajv consumer (run 'npm ci' first):%n%s", node.out()).isZero();
    Run python = python(site);
    assertThat(python.exit()).as("Python digests:%n%s", python.out()).isZero();
    assertThat(python.out().lines()).allMatch(l -> l.startsWith("ok "));
    return JSON.readTree(node.out());
  }

  @Test
  void theCommittedSiteIsConsumableAndEveryDigestRecomputes() throws Exception {
    JsonNode summary = consumed(Path.of("site"));

    assertThat(summary.get("versions").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(summary.get("recomputable").asInt()).isPositive();
  }

  @Test
  void fourReleasesInARowKeepEveryReleasedVersionAsItWas() throws Exception {
    ScratchProject project = ScratchProject.released(dir.resolve("p"));
    Path site = project.site();
    Map<String, byte[]> released = new LinkedHashMap<>();
    List<String> digests = new ArrayList<>();
    String[][] edits = {
      // editorial: a lifetime shortened
      {"    duration: PT24H\n", "    duration: PT12H\n"},
      // notable: a cookie's purpose reworded
      {"purpose: Stores your light or dark mode selection", "purpose: Stores your colour theme"},
      // material: a tracker added
      {
        "  - name: _gid\n",
        "  - name: _gat\n    provider: google-analytics\n    category: analytics\n"
            + "    purpose: Throttles the request rate\n    duration: PT1M\n  - name: _gid\n"
      },
      // editorial again, while the material release's notice period runs
      {"    duration: P1D\n", "    duration: PT12H\n"},
    };
    for (String[] edit : edits) {
      project.edit(edit[0], edit[1]);
      Cli release = project.cli("release");
      assertThat(release.exitCode()).as(release.err()).isEqualTo(ExitCodes.OK);

      JsonNode summary = consumed(site);
      JsonNode live = JSON.readTree(site.resolve("manifest.json").toFile());
      String version = live.at("/policy/version").asText();
      released.put(version, Files.readAllBytes(site.resolve("manifest.json")));
      digests.add(live.at("/policy/digest").asText());
      // every version released so far is still exactly as it was released
      for (Map.Entry<String, byte[]> e : released.entrySet()) {
        assertThat(site.resolve("versions/" + e.getKey() + "/manifest.json"))
            .as(e.getKey())
            .hasBinaryContent(e.getValue());
      }
      assertThat(summary.get("latest").asText()).isEqualTo(version);
      Cli check = project.cli("check", "--released");
      assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.OK);
    }
    assertThat(digests).doesNotHaveDuplicates();
    JsonNode index = JSON.readTree(site.resolve("versions/index.json").toFile());
    List<Version> versions =
        index.get("versions").findValuesAsText("version").stream().map(Version::parse).toList();
    Version v0 = versions.get(4);
    // editorial → patch, notable → minor, material → major, editorial → patch
    Version v1 = new Version(v0.major(), v0.minor(), v0.patch() + 1);
    Version v2 = new Version(v0.major(), v0.minor() + 1, 0);
    Version v3 = new Version(v0.major() + 1, 0, 0);
    Version v4 = new Version(v0.major() + 1, 0, 1);
    assertThat(versions).containsExactly(v4, v3, v2, v1, v0);
    assertThat(released.keySet())
        .containsExactly(v1.toString(), v2.toString(), v3.toString(), v4.toString());
    assertThat(index.at("/versions/1/material").asBoolean()).isTrue();
    // the material release's notice period is not cut short by the editorial one after it
    assertThat(index.at("/versions/0/effective").asText())
        .isEqualTo(index.at("/versions/1/effective").asText())
        .isNotEqualTo(ScratchProject.DATE);
  }

  @Test
  void aDigestThatDoesNotMatchItsManifestIsCaughtByTheConsumer() throws Exception {
    ScratchProject project = ScratchProject.released(dir.resolve("p"));
    Path manifest = project.site().resolve("manifest.json");
    ObjectNode m = (ObjectNode) JSON.readTree(manifest.toFile());
    ((ObjectNode) m.get("document").get(0)).putArray("text").add("A word changed by hand.");
    JSON.writeValue(manifest.toFile(), m);

    Run python = python(project.site());

    assertThat(python.exit()).isEqualTo(1);
    assertThat(python.out()).contains("MISMATCH live");
  }

  @Test
  void aLiveManifestThatIsNotItsArchivedCopyIsCaughtByTheConsumer() throws Exception {
    ScratchProject project = ScratchProject.released(dir.resolve("p"));
    Path manifest = project.site().resolve("manifest.json");
    Files.writeString(
        manifest, Files.readString(manifest).replace("\"version\":", "\"version\" :"));

    Run node = node(project.site());

    assertThat(node.exit()).isEqualTo(1);
    assertThat(node.out()).contains("is released but differs from versions/");
  }
}
