package dev.cookiereg.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compliance rules' table: a broken registry named after each rule trips it (its exact output
 * is BrokenRegistryTest's), and near misses on either side of each figure and region.
 */
class ComplianceRulesTest {
  private static final Path BROKEN = Path.of("src/test/resources/broken");
  private static final Path BASE = BROKEN.resolve("compliance-retention-over-13-months.yaml");

  @TempDir Path dir;

  /** The rule ids of {@code check}'s findings about a registry, in order. */
  private static List<String> rules(Path registry) throws Exception {
    JsonNode found =
        new ObjectMapper()
            .readTree(Cli.run("check", "--format", "json", registry.toString()).out());
    List<String> out = new ArrayList<>();
    found.forEach(d -> out.add(d.get("rule").asText()));
    return out;
  }

  @Test
  void everyRuleHasABrokenRegistryNamedAfterItThatTripsIt() throws Exception {
    for (ComplianceRule rule : ComplianceRules.ALL) {
      Path fixture = BROKEN.resolve("compliance-" + rule.id() + ".yaml");
      assertThat(fixture).as(rule.id()).exists();
      assertThat(rules(fixture)).as(rule.id()).contains(rule.id());
    }
  }

  @Test
  void theRuleIdsAreTheIssuesExactly() {
    assertThat(ComplianceRules.ALL)
        .extracting(ComplianceRule::id)
        .containsExactly(
            "retention-over-13-months",
            "lifetime-over-browser-cap",
            "transfer-safeguard-missing",
            "recipient-undisclosed",
            "essential-misclassified",
            "consent-lifetime-over-6-months",
            "uk-exemption-applies",
            "gpc-required");
  }

  @Test
  void everyRuleCitesASourceAndNamesItsRegions() {
    for (ComplianceRule rule : ComplianceRules.ALL) {
      assertThat(rule.source()).as(rule.id()).isNotBlank();
      assertThat(rule.regions()).as(rule.id()).isNotEmpty();
    }
  }

  /**
   * The base registry ({@code compliance-retention-over-13-months.yaml}) edited one way: {@code
   * _st}'s duration, the analytics category's regions, or its provider's processing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13 months exactly is within 13 months in the EEA | P13M | EEA, UK | location: EEA |",
        "13 months and a day is over 13 months in the EEA | P13M1D | EEA, UK | location: EEA |"
            + " retention-over-13-months",
        "France alone is where the CNIL's figure applies | P13M1D | FR | location: EEA |"
            + " retention-over-13-months",
        "ALL covers France | P13M1D | ALL | location: EEA | retention-over-13-months",
        "a category that asks no consent in France or the EEA is not held to 13 months | P13M1D |"
            + " UK, CA | location: EEA |",
        "400 days is the browsers' cap, not over it | P400D | UK | location: EEA |",
        "401 days is over the browsers' cap everywhere | P401D | UK | location: EEA |"
            + " lifetime-over-browser-cap",
        "the US with no safeguard is a transfer without one | P1Y | EEA | location: US |"
            + " transfer-safeguard-missing",
        "the US under standard contractual clauses states its safeguard | P1Y | EEA | {location:"
            + " US, safeguard: scc} |",
        "Switzerland needs its adequacy decision stated | P1Y | EEA | location: CH |"
            + " transfer-safeguard-missing",
        "the UK is inside | P1Y | EEA | location: UK |",
        "a registry that asks consent neither in the EEA nor the UK is not held to GDPR's"
            + " transfer rules | P1Y | CA | location: US |",
        "an unstated location is an undisclosed recipient | P1Y | EEA | processor: Stats Corp |"
            + " recipient-undisclosed",
      })
  void nearMisses(String rule, String duration, String regions, String processing, String found)
      throws Exception {
    String base = Files.readString(BASE);
    String edited =
        base.replace("    duration: P13M1D\n", "    duration: " + duration + "\n")
            .replace(
                "    consentRequiredIn: [EEA, UK]\n", "    consentRequiredIn: [" + regions + "]\n")
            .replace(
                "    processing:\n      location: EEA\n",
                processing.startsWith("{")
                    ? "    processing: " + processing + "\n"
                    : "    processing:\n      " + processing + "\n");
    Path registry = dir.resolve("cookies.yaml");
    Files.writeString(registry, edited);

    List<String> expected = found == null ? List.of() : List.of(found.strip());
    assertThat(rules(registry)).as(rule).containsExactlyElementsOf(expected);
  }
}
