package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the text of a broken registry's expected output does not show: the rule that reports each
 * finding.
 */
class LintRulesTest {
  private static List<String> rules(String fixture) throws Exception {
    JsonNode found =
        new ObjectMapper()
            .readTree(
                Cli.run(
                        "check",
                        "--format",
                        "json",
                        BrokenRegistryTest.FIXTURES.resolve(fixture).toString())
                    .out());
    List<String> out = new ArrayList<>();
    // the rules of the registry's shape: a compliance rule's finding (it cites a source) is beside
    // the point here
    found.forEach(
        d -> {
          if (!d.has("source")) out.add(d.get("rule").asText());
        });
    return out;
  }

  @Test
  void aProvidersListOutsideACategorysClausesIsAMisplacedBlock() throws Exception {
    assertThat(rules("lint-misplaced-provider-list.yaml"))
        .containsExactly(Lints.MISPLACED_BLOCK.id());
  }

  @Test
  void aCategoryNamedByATechnologysClausesIsPlacedThere() throws Exception {
    assertThat(rules("lint-category-placed-twice.yaml")).containsExactly(Lints.NOT_IN_POLICY.id());
  }

  @Test
  void everyRowOfTheTableIsARuleOfItsOwn() {
    assertThat(Lints.ALL.stream().map(LintRule::id).distinct()).hasSameSizeAs(Lints.ALL);
  }

  @Test
  void aMessageShowsALinkWholeUpToFortyCharacters() {
    assertThat(Lints.abbreviate("a".repeat(40))).isEqualTo("a".repeat(40));
    assertThat(Lints.abbreviate("a".repeat(41))).isEqualTo("a".repeat(40) + "…");
  }
}
