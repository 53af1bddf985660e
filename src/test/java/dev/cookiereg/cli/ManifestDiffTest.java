package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} of two manifests, and of a manifest against a registry either way: like is compared
 * with like (a registry reduced to its own manifest), so the three give the same changes. The base
 * is the archived 1.0.0 manifest, written in format 1.0 ({@code iso} "idle PT30M", "session",
 * "PT12H | P30D"); the new manifest is built from the registry with a cookie added and Matomo's
 * idle timeout lengthened, in today's format ({@code iso} "PT1H", kind apart).
 */
class ManifestDiffTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ARCHIVED = "site/versions/1.0.0/manifest.json";
  static final String ARCHIVED_REGISTRY = "site/versions/1.0.0/cookies.yaml";

  @TempDir Path dir;
  String registry;
  String manifest;

  @BeforeEach
  void buildAChangedRegistry() throws Exception {
    Path yaml = dir.resolve("cookies.yaml");
    // the registry as 1.0.0 released it, which the archived manifest was written from
    String text = Files.readString(Path.of(ARCHIVED_REGISTRY), StandardCharsets.UTF_8);
    String idle = "  - name: _pk_ses\n    provider: matomo\n";
    assertThat(text).contains(idle, "      idle: PT30M\n");
    text =
        text.replace("      idle: PT30M\n", "      idle: PT1H\n")
            .replace(
                idle,
                "  - name: _pk_new\n    provider: matomo\n    category: analytics\n"
                    + "    purpose: Counts returning visits\n    duration: P1M\n"
                    + idle);
    Files.writeString(yaml, text, StandardCharsets.UTF_8);
    Cli build = Cli.run("build", yaml.toString(), "--out", dir.resolve("site").toString());
    assertThat(build.exitCode()).as(build.err()).isZero();
    registry = yaml.toString();
    manifest = dir.resolve("site/manifest.json").toString();
  }

  @Test
  void twoManifestsOfEitherFormatCompareByTheirFacts() throws Exception {
    JsonNode report = json(ARCHIVED, manifest);

    assertThat(report.get("wordingCompared").asBoolean()).isFalse();
    assertThat(report.get("verdict").asText()).isEqualTo("material");
    assertThat(changes(report))
        .containsExactly(
            "cookie-added cookie:_pk_new cookie '_pk_new' added to category 'analytics'",
            "retention-increased cookie:_pk_ses cookie '_pk_ses' now lasts"
                + " 1 hour of inactivity instead of 30 minutes of inactivity");
    assertThat(report.get("changes").get(0).get("categories").findValuesAsText("id"))
        .containsExactly("analytics");
  }

  @Test
  void aManifestAndARegistryGiveTheSameChangesEitherWay() throws Exception {
    List<String> manifests = changes(json(ARCHIVED, manifest));

    assertThat(changes(json(ARCHIVED, registry))).isEqualTo(manifests);
    JsonNode registryToManifest = json(ARCHIVED_REGISTRY, manifest);
    assertThat(registryToManifest.get("wordingCompared").asBoolean()).isFalse();
    assertThat(changes(registryToManifest)).isEqualTo(manifests);
  }

  @Test
  void theArchivedFormatAndTodaysReadAsTheSameFacts() throws Exception {
    Path site = dir.resolve("unchanged");
    Cli build = Cli.run("build", ARCHIVED_REGISTRY, "--out", site.toString());
    assertThat(build.exitCode()).as(build.err()).isZero();

    Cli same = Cli.run("diff", ARCHIVED, site.resolve("manifest.json").toString());

    assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.OK);
    assertThat(same.out()).endsWith(": no changes\n");
  }

  @Test
  void textAndMarkdownSayWhichSideIsAManifest() {
    assertThat(Cli.run("diff", ARCHIVED, manifest).out())
        .startsWith(
            "Changes from "
                + ARCHIVED
                + " (facts only: a manifest holds no wording) to "
                + manifest
                + ": material (2 changes; consent: re-ask the category; notice: banner)\n");
    assertThat(Cli.run("diff", ARCHIVED_REGISTRY, manifest).out())
        .startsWith(
            "Changes from "
                + ARCHIVED_REGISTRY
                + " to "
                + manifest
                + " (facts only: a manifest holds no wording): material (2 changes;");
    assertThat(Cli.run("diff", ARCHIVED_REGISTRY, manifest, "--format", "markdown").out())
        .contains(
            "From `"
                + ARCHIVED_REGISTRY
                + "` to `"
                + manifest
                + "` (facts only: a manifest holds no wording): 2 changes.")
        .contains("- Cookie `_pk_new` added to category `analytics`");
  }

  @Test
  void githubAnnotatesTheNewManifestWhichHasNoLines() {
    Cli github = Cli.run("diff", ARCHIVED, manifest, "--format", "github");

    assertThat(github.out().lines())
        .containsExactly(
            "::error file="
                + manifest
                + ",line=1,col=1,title=material%3A cookie-added::"
                + "cookie '_pk_new' added to category 'analytics'",
            "::error file="
                + manifest
                + ",line=1,col=1,title=material%3A retention-increased::"
                + "cookie '_pk_ses' now lasts 1 hour of inactivity instead of 30 minutes of"
                + " inactivity");
  }

  @Test
  void failOnReadsTheVerdictOfTwoManifests() {
    Cli failed = Cli.run("diff", ARCHIVED, manifest, "--fail-on", "material");

    assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(failed.err()).contains("the verdict 'material' reaches --fail-on material");
  }

  @Test
  void aNewSideThatIsNotAManifestIsOneLocatedError() {
    Cli klaro = Cli.run("diff", ARCHIVED, dir.resolve("site/banner/klaro.json").toString());

    assertThat(klaro.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(klaro.err().strip().lines())
        .containsExactly(
            dir.resolve("site/banner/klaro.json")
                + ":1:1: error: not a cookiereg manifest (no schemaVersion, policy and cookies)");
  }

  private static JsonNode json(String base, String head) throws Exception {
    Cli diff = Cli.run("diff", base, head, "--format", "json");
    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
    return JSON.readTree(diff.out());
  }

  /** Each change as "rule subject message". */
  private static List<String> changes(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : report.get("changes")) {
      out.add(
          c.get("rule").asText()
              + " "
              + c.get("subject").asText()
              + " "
              + c.get("message").asText());
    }
    return out;
  }
}
