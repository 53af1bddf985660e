package dev.cookiereg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits that flip what the policy says while keeping its letters and digits (hardening finding 7):
 * {@code diff} on the real registry must call them notable, never editorial.
 */
class MeaningFlipTest {
  static final Path REGISTRY = Path.of("cookies.yaml");
  static final String PERSISTENT =
      "may persist on your device for\n          a defined period after you close";
  @TempDir Path dir;

  @Test
  void noAdvertisingTrackingWillOccurBecomingNoFullStopAdvertisingTrackingWillOccurIsNotable()
      throws Exception {
    String registry = Files.readString(REGISTRY, StandardCharsets.UTF_8);
    Path head =
        write(
            "head.yaml",
            edit(
                registry,
                ", no advertising tracking will occur.",
                ", no. Advertising tracking will occur."));

    JsonNode diff = diff(REGISTRY, head);

    assertThat(diff.get("verdict").asText()).isEqualTo("notable");
    assertThat(only(diff).get("rule").asText()).isEqualTo("policy-text-changed");
    assertThat(only(diff).get("subject").asText()).isEqualTo("category:marketing");
  }

  @Test
  void onePointFiveYearsBecomingFifteenYearsIsNotable() throws Exception {
    String registry =
        edit(
            Files.readString(REGISTRY, StandardCharsets.UTF_8),
            PERSISTENT,
            "may persist on your device for\n          up to 1.5 years after you close");
    Path base = write("base.yaml", registry);
    Path head = write("head.yaml", edit(registry, "1.5 years", "15 years"));

    JsonNode diff = diff(base, head);

    assertThat(diff.get("verdict").asText()).isEqualTo("notable");
    assertThat(only(diff).get("rule").asText()).isEqualTo("policy-text-changed");
    assertThat(only(diff).get("subject").asText()).isEqualTo("section:what-are-cookies");
  }

  private static String edit(String text, String find, String replace) {
    assertThat(text).containsOnlyOnce(find);
    return text.replace(find, replace);
  }

  private Path write(String name, String yaml) throws Exception {
    return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
  }

  private static JsonNode diff(Path base, Path head) throws Exception {
    Cli r = Cli.run("diff", base.toString(), head.toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode only(JsonNode diff) {
    assertThat(diff.get("changes")).hasSize(1);
    return diff.get("changes").get(0);
  }
}
