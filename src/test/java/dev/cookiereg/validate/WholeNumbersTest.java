package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.diagnostic.Diagnostic;
import dev.cookiereg.load.SourceTree;
import dev.cookiereg.load.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole-number fields wherever a schema puts them: the registry's schema has one today, at a fixed
 * path; a field added to every item of a list, to every value of a mapping or to one branch of a
 * condition is judged just the same, item by item, with the range in words.
 */
class WholeNumbersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SCHEMA =
      """
      {
        "type": "object",
        "properties": {
          "limits": {
            "type": "object",
            "additionalProperties": { "type": "integer", "minimum": 0 }
          },
          "retries": { "type": "array", "items": { "type": "integer", "maximum": 9 } },
          "pause": {
            "if": { "type": "string" },
            "then": { "pattern": "^P" },
            "else": { "type": "integer" }
          }
        }
      }
      """;

  private static final String REGISTRY =
      """
      limits:
        shown: 5
        kept: -1
      retries: [1, 12]
      pause: 2.5
      """;

  @Test
  void fieldsUnderListItemsMappingValuesAndAnElseBranchAreWholeNumberFields() throws Exception {
    WholeNumbers numbers = new WholeNumbers(JSON.readTree(SCHEMA));

    assertThat(numbers.fields()).containsExactlyInAnyOrder("/limits/*", "/retries/*", "/pause");
  }

  @Test
  void everyItemAndEveryMappingValueIsJudgedAgainstItsRange() throws Exception {
    WholeNumbers numbers = new WholeNumbers(JSON.readTree(SCHEMA));
    SourceTree tree =
        new YamlTreeReader().read("r.yaml", REGISTRY.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> out = new ArrayList<>();

    var judged = numbers.judge(tree, out);

    assertThat(judged)
        .containsExactlyInAnyOrder(
            "/limits/shown", "/limits/kept", "/retries/0", "/retries/1", "/pause");
    assertThat(out.stream().map(Diagnostic::toString))
        .containsExactly(
            "r.yaml:3:3: error: limits.kept: expected a whole number of at least 0, found the"
                + " number -1",
            "r.yaml:4:14: error: retries[2]: expected a whole number of at most 9, found the"
                + " number 12",
            "r.yaml:5:1: error: pause: expected a whole number, found the number 2.5");
  }

  @Test
  void theRangeIsSaidFromWhicheverBoundsTheFieldHas() throws Exception {
    JsonNode both = JSON.readTree("{\"minimum\": 0, \"maximum\": 365}");
    JsonNode least = JSON.readTree("{\"minimum\": 1}");
    JsonNode most = JSON.readTree("{\"maximum\": 10}");
    JsonNode none = JSON.readTree("{}");

    assertThat(WholeNumbers.words("/policy/noticePeriodDays", both))
        .isEqualTo("a whole number of days from 0 to 365");
    assertThat(WholeNumbers.words("/x", least)).isEqualTo("a whole number of at least 1");
    assertThat(WholeNumbers.words("/x", most)).isEqualTo("a whole number of at most 10");
    assertThat(WholeNumbers.words("/x", none)).isEqualTo("a whole number");
  }
}
