package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cookiereg.compliance.ComplianceRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log valid against the official schema
 * (src/test/resources/sarif, from oasis-tcs/sarif-spec), one run of cookiereg with its rules and
 * located results, and the exit codes of the other formats.
 */
class SarifFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCHEMA = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");

  private static List<String> schemaErrors(JsonNode log) throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(JSON.readTree(SCHEMA.toFile()))
        .validate(log)
        .stream()
        .map(Error::toString)
        .toList();
  }

  @Test
  void theSeedsFindingsAreAValidSarifLogWithTheirSources() throws Exception {
    Cli result = Cli.run("check", "--format", "sarif");
    JsonNode log = JSON.readTree(result.out());

    assertThat(schemaErrors(log)).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("cookiereg");
    JsonNode rules = driver.get("rules");
    JsonNode cap = null;
    for (JsonNode r : rules) if (r.get("id").asText().equals("lifetime-over-browser-cap")) cap = r;
    assertThat(cap).isNotNull();
    assertThat(cap.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(cap.at("/help/text").asText())
        .contains("Source: " + ComplianceRules.LIFETIME_OVER_BROWSER_CAP.source());

    JsonNode ga = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("lifetime-over-browser-cap")
          && r.at("/message/text").asText().startsWith("cookie '_ga' ")) ga = r;
    }
    assertThat(ga).isNotNull();
    assertThat(ga.get("level").asText()).isEqualTo("warning");
    assertThat(rules.get(ga.get("ruleIndex").asInt()).get("id").asText())
        .isEqualTo("lifetime-over-browser-cap");
    JsonNode location = ga.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("cookies.yaml");
    assertThat(location.at("/region/startLine").asInt())
        .isEqualTo(
            java.nio.file.Files.readAllLines(Path.of("cookies.yaml")).indexOf("    duration: P2Y")
                + 1);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(5);
    assertThat(ga.at("/properties/source").asText())
        .isEqualTo(ComplianceRules.LIFETIME_OVER_BROWSER_CAP.source());
  }

  @Test
  void anInvalidRegistryIsAValidLogOfErrorsAndExitsAsTheOtherFormatsDo() throws Exception {
    String fixture = "src/test/resources/broken/lint-invalid-acceptance.yaml";
    Cli sarif = Cli.run("check", "--format", "sarif", fixture);
    JsonNode log = JSON.readTree(sarif.out());

    assertThat(schemaErrors(log)).isEmpty();
    assertThat(sarif.exitCode())
        .isEqualTo(Cli.run("check", "--format", "json", fixture).exitCode())
        .isEqualTo(ExitCodes.INVALID);
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("invalid-acceptance");
    assertThat(results.get(0).get("level").asText()).isEqualTo("error");
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(fixture);
    assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(51);
  }

  @Test
  void aNoteIsANoteAndAPathWithASpaceIsAUriReference() throws Exception {
    assertThat(Sarif.uri("my registry/cookies.yaml")).isEqualTo("my%20registry/cookies.yaml");
    Cli result =
        Cli.run(
            "check",
            "--format",
            "sarif",
            "src/test/resources/broken/compliance-uk-exemption-applies.yaml");
    JsonNode log = JSON.readTree(result.out());
    assertThat(schemaErrors(log)).isEmpty();
    assertThat(log.at("/runs/0/results/0/level").asText()).isEqualTo("note");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
  }
}
