package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

  @Test
  void todaysSchemaIsCompatibleWithItself() {
    assertThat(SchemaCompatibility.compare(ManifestSchemas.of(2), ManifestSchemas.of(2))).isEmpty();
  }
}
