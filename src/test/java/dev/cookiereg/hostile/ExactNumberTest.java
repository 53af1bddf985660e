package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.load.RegistryMapper;
import dev.cookiereg.testing.SeedProject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding 9 of the hardening issue, numbers beyond the schema: the registry's whole numbers are
 * read exactly. A value that is not a whole number in range, however YAML spells it, is one located
 * error of the schema step naming the field and its range; nothing is rounded, truncated or wrapped
 * on the way to the model.
 */
class ExactNumberTest {
  static final Path MINIMAL = Path.of("src/test/resources/registries/minimal.yaml");
  static final String RANGE = "expected a whole number of days from 0 to 365, found ";
  @TempDir Path dir;

  /** Each value as written, and how the message names what was found. */
  static Stream<Arguments> notWholeNumbersOfDaysInRange() {
    return Stream.of(
        Arguments.of("1e309", "the number 1e309"),
        Arguments.of("1e19", "the number 1e19"),
        Arguments.of("1e999999999", "the number 1e999999999"),
        Arguments.of("30.5", "the number 30.5"),
        Arguments.of("3.0e1", "the number 3.0e1"),
        Arguments.of("30.0", "the number 30.0"),
        Arguments.of("-1", "the number -1"),
        Arguments.of("366", "the number 366"),
        Arguments.of("99999999999999999999", "the number 99999999999999999999"),
        Arguments.of("0x1E", "the text '0x1E'"),
        Arguments.of("030", "the text '030'"),
        Arguments.of("1_0", "the text '1_0'"),
        Arguments.of("+30", "the text '+30'"),
        Arguments.of(".inf", "the text '.inf'"),
        Arguments.of("-.inf", "the text '-.inf'"),
        Arguments.of(".nan", "the text '.nan'"),
        Arguments.of("\"30\"", "the text '30'"),
        Arguments.of("thirty", "the text 'thirty'"),
        Arguments.of("1".repeat(400), "the number " + "1".repeat(60) + "…"),
        Arguments.of("1".repeat(61), "the number " + "1".repeat(60) + "…"),
        Arguments.of("1".repeat(60), "the number " + "1".repeat(60)),
        Arguments.of("[30]", "a list"));
  }

  private Path registry(String policyLine) throws IOException {
    String yaml =
        Files.readString(MINIMAL, StandardCharsets.UTF_8)
            .replace("  language: en\n", "  language: en\n" + policyLine + "\n");
    Path file = dir.resolve("cookies.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private Path flowStyleRegistry(String written) throws IOException {
    String yaml =
        Files.readString(MINIMAL, StandardCharsets.UTF_8)
            .replace(
                """
        policy:
          title: Cookie Policy
          version: 1.0.0
          effective: 2026-01-01
          lastUpdated: 2026-01-01
          language: en
        """,
                "policy: {title: Cookie Policy, version: 1.0.0, effective: 2026-01-01, lastUpdated: 2026-01-01, "
                    + "language: en, noticePeriodDays: "
                    + written
                    + "}\n");
    Path file = dir.resolve("flow.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest(name = "noticePeriodDays: {0}")
  @MethodSource("notWholeNumbersOfDaysInRange")
  void aNoticePeriodThatIsNotAWholeNumberOfDaysInRangeIsOneLocatedSchemaError(
      String written, String found) throws IOException {
    Path file = registry("  noticePeriodDays: " + written);

    Cli r = Cli.run("check", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(r.out())
        .isEqualTo(
            file
                + ":8:3: error: policy.noticePeriodDays: "
                + RANGE
                + found
                + "\n"
                + file
                + ": invalid, 1 error, 0 warnings\n");
  }

  @ParameterizedTest(name = "noticePeriodDays: {0}")
  @MethodSource("notWholeNumbersOfDaysInRange")
  void aNoticePeriodWrittenInFlowStyleIsJudgedTheSame(String written, String found)
      throws IOException {
    Path file = flowStyleRegistry(written);

    Cli r = Cli.run("check", "--format", "json", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
    JsonNode diagnostics = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).get("rule").asText()).isEqualTo("schema");
    assertThat(diagnostics.get(0).get("message").asText())
        .isEqualTo("policy.noticePeriodDays: " + RANGE + found);
  }

  @ParameterizedTest(name = "noticePeriodDays: {0}")
  @ValueSource(strings = {"0", "30", "365"})
  void aWholeNumberOfDaysInRangeIsValid(String written) throws IOException {
    assertThat(Cli.run("check", registry("  noticePeriodDays: " + written).toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("check", flowStyleRegistry(written).toString()).exitCode())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void theSchemaStepJudgesEveryWholeNumberFieldTheSchemaDeclares() throws IOException {
    String schema =
        Files.readString(Path.of("src/main/resources/cookiereg/schema/cookies.schema.json"));
    long declared =
        java.util.regex.Pattern.compile("\"type\":\\s*\"integer\"")
            .matcher(schema)
            .results()
            .count();

    assertThat(new dev.cookiereg.validate.SchemaValidator().wholeNumberFields())
        .contains("/policy/noticePeriodDays")
        .hasSize((int) declared);
  }

  static Stream<Arguments> treesTheSchemaRefuses() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return Stream.of(
        Arguments.of("1e309", f.numberNode(new BigDecimal("1e309"))),
        Arguments.of("30.5", f.numberNode(new BigDecimal("30.5"))),
        Arguments.of(
            "2^32 + 30", f.numberNode(BigInteger.ONE.shiftLeft(32).add(BigInteger.valueOf(30)))),
        Arguments.of("2^31 + 30 (a long)", f.numberNode((1L << 31) + 30)),
        Arguments.of("-1", f.numberNode(-1)),
        Arguments.of("the text 30", f.textNode("30")));
  }

  /**
   * Defence in depth: even a tree the schema step would refuse never reaches the model as another
   * number.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("treesTheSchemaRefuses")
  void theMapperNeverRoundsTruncatesOrWrapsANoticePeriod(String label, JsonNode value)
      throws IOException {
    JsonNode root = new YAMLMapper().readTree(MINIMAL.toFile());
    ((ObjectNode) root.get("policy")).set("noticePeriodDays", value);

    assertThatThrownBy(() -> RegistryMapper.toModel(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noticePeriodDays");
  }

  @Test
  void aMaterialReleaseWithANoticePeriodOf1e309IsRefusedInsteadOfTakingEffectTheSameDay()
      throws IOException {
    Path registry = dir.resolve("cookies.yaml");
    Path changelog = dir.resolve("CHANGELOG.md");
    Path site = dir.resolve("site");
    SeedProject.write(registry, changelog);
    assertThat(Cli.run("release", registry.toString(), "--out", site.toString()).exitCode())
        .isZero();
    String yaml = Files.readString(registry, StandardCharsets.UTF_8);
    String material =
        yaml.replace(
            "technologies:\n",
            """
          - name: _new
            provider: meta
            category: marketing
            purpose: Measures a new campaign
            duration: P1M
        technologies:
        """);
    assertThat(material).isNotEqualTo(yaml).contains("  noticePeriodDays: 30\n");
    Files.writeString(
        registry, material.replace("  noticePeriodDays: 30\n", "  noticePeriodDays: 1e309\n"));
    byte[] registryBefore = Files.readAllBytes(registry);
    byte[] changelogBefore = Files.readAllBytes(changelog);

    Cli refused =
        Cli.run("release", registry.toString(), "--out", site.toString(), "--date", "2026-12-01");

    assertThat(refused.exitCode()).as(refused.out()).isEqualTo(ExitCodes.INVALID);
    assertThat(refused.err())
        .isEqualTo(
            registry
                + ":"
                + lineOf(registryBefore, "  noticePeriodDays: 1e309")
                + ":3: error: policy.noticePeriodDays: "
                + RANGE
                + "the number 1e309\n");
    assertThat(registry).hasBinaryContent(registryBefore);
    assertThat(changelog).hasBinaryContent(changelogBefore);
    assertThat(site.resolve("versions/2.0.0")).doesNotExist();

    Files.writeString(registry, material);
    Cli released =
        Cli.run("release", registry.toString(), "--out", site.toString(), "--date", "2026-12-01");

    assertThat(released.exitCode()).as(released.err()).isZero();
    assertThat(released.out()).contains("released 2.0.0").contains("effective 2026-12-31");
  }

  /** The 1-based line of the registry that starts with {@code text}. */
  private static int lineOf(byte[] registry, String text) {
    List<String> lines = new String(registry, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(text)) return i + 1;
    throw new AssertionError("no line starts with " + text);
  }
}
