package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cookiereg.model.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema-compatibility rules, one named case each (schema-compatibility/cases.yaml). */
class SchemaCompatibilityTest {
  private static final Path CASES = Path.of("src/test/resources/schema-compatibility/cases.yaml");
  private static final Path ARCHIVE = Path.of("site/versions");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() throws Exception {
    JsonNode cases = new ObjectMapper(new YAMLFactory()).readTree(CASES.toFile());
    List<Arguments> out = new ArrayList<>();
    for (JsonNode c : cases) {
      out.add(
          Arguments.of(c.get("name").asText(), c.get("before"), c.get("after"), c.get("found")));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseFindsExactlyItsRules(String name, JsonNode before, JsonNode after, JsonNode found) {
    List<String> expected = new ArrayList<>();
    found.forEach(f -> expected.add(f.asText()));

    assertThat(
            SchemaCompatibility.compare(before, after).stream()
                .map(f -> f.rule().id() + " at " + f.at())
                .toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void everyRuleHasACase() throws Exception {
    Set<String> covered = new TreeSet<>();
    cases()
        .forEach(a -> ((JsonNode) a.get()[3]).forEach(f -> covered.add(f.asText().split(" ")[0])));

    assertThat(covered)
        .containsExactlyInAnyOrderElementsOf(
            SchemaCompatibility.ALL.stream().map(SchemaCompatibility.Rule::id).toList());
  }

  @Test
  void format2WasNeededFormat1sSchemaAndTodaysDiffer() {
    List<String> breaking =
        SchemaCompatibility.breaking(ManifestSchemas.of(1), ManifestSchemas.of(2)).stream()
            .map(f -> f.rule().id() + " at " + f.at())
            .toList();

    // the changes that broke the promise of format 1.x, which 2.0 states honestly
    assertThat(breaking)
        .contains(
            "schema-member-required at change.noticeMethods",
            "schema-type-changed at cookies[].duration.seconds",
            "schema-values-changed at cookies[].duration.kind",
            "schema-member-removed at paths.versions");
  }

  /**
   * Format 2.1 adds one optional member to format 2.0 as release 2.0.0 published it, a cookie's
   * {@code matches}, and format 2.2 one more, {@code languages}: nothing a pinned consumer would
   * notice.
   */
  @Test
  void format21AddsACookiesMatchesToFormat20AndNothingElse() throws Exception {
    JsonNode released =
        JSON.readTree(ARCHIVE.resolve("2.0.0/schema/v2/manifest.schema.json").toFile());
    JsonNode format21 =
        JSON.readTree(ARCHIVE.resolve("2.1.0/schema/v2/manifest.schema.json").toFile());

    assertThat(SchemaCompatibility.compare(released, format21))
        .extracting(f -> f.rule().id() + " at " + f.at())
        .containsExactly("schema-member-added at cookies[].matches");
  }

  /** 2.1.0 was the release that published format 2.1's schema (2.1.1 archived 2.2's). */
  @Test
  void format22AddsAcceptedFindingsSaleOrSharingSafeguardsAndTheGpcPromiseAndNothingElse()
      throws Exception {
    JsonNode format21 =
        JSON.readTree(ARCHIVE.resolve("2.1.0/schema/v2/manifest.schema.json").toFile());

    assertThat(SchemaCompatibility.compare(format21, ManifestSchemas.of(2)))
        .extracting(f -> f.rule().id() + " at " + f.at())
        .containsExactlyInAnyOrder(
            "schema-member-added at consentPlatform.honoursGlobalPrivacyControl",
            "schema-member-added at categories[].accepted",
            "schema-member-added at providers[].processing.safeguard",
            "schema-member-added at providers[].sellsOrShares",
            "schema-member-added at providers[].accepted",
            "schema-member-added at cookies[].accepted",
            "schema-member-added at languages");
    assertThat(Manifest.FORMAT_VERSION).isEqualTo("2.2");
  }

  /**
   * Within a major, a member added since the last release of the format raises the minor version
   * ({@code schemaVersion}), so a consumer can tell which members a manifest may carry.
   */
  @Test
  void aMemberAddedSinceTheLastReleaseRaisesTheFormatsMinorVersion() throws Exception {
    int major = Manifest.FORMAT_MAJOR;
    Version latest = null;
    JsonNode latestManifest = null;
    try (Stream<Path> versions = Files.list(ARCHIVE)) {
      for (Path v : versions.filter(Files::isDirectory).toList()) {
        JsonNode m = JSON.readTree(v.resolve("manifest.json").toFile());
        if (!m.path("schemaVersion").asText().startsWith(major + ".")) continue;
        Version version = Version.parse(v.getFileName().toString());
        if (latest == null || version.compareTo(latest) > 0) {
          latest = version;
          latestManifest = m;
        }
      }
    }
    assertThat(latest).as("a release of format %s", major).isNotNull();
    JsonNode released =
        JSON.readTree(
            ARCHIVE.resolve(latest + "/schema/v" + major + "/manifest.schema.json").toFile());
    int releasedMinor =
        Integer.parseInt(latestManifest.get("schemaVersion").asText().split("\\.")[1]);

    boolean added =
        SchemaCompatibility.compare(released, ManifestSchemas.of(major)).stream()
            .anyMatch(f -> f.rule() == SchemaCompatibility.MEMBER_ADDED);

    assertThat(Manifest.FORMAT_MINOR)
        .as("format minor, against release %s's %s", latest, releasedMinor)
        .isGreaterThanOrEqualTo(releasedMinor);
    if (added) assertThat(Manifest.FORMAT_MINOR).isGreaterThan(releasedMinor);
  }

  @Test
  void todaysSchemaIsCompatibleWithItself() {
    assertThat(SchemaCompatibility.compare(ManifestSchemas.of(2), ManifestSchemas.of(2))).isEmpty();
  }
}
