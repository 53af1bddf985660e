package dev.cookiereg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GPC facts are classified whatever BASE is: the published manifest (format 2.2 carries {@code
 * sellsOrShares} and the policy-wide promise) gives the same changes as the registry it was built
 * from, so a release gate reading the archive sees a provider start selling.
 */
class GpcFactsDiffTest {
  @TempDir Path dir;

  @Test
  void startingToSellAndPromisingGpcAreClassifiedAgainstTheManifestAsAgainstTheRegistry()
      throws Exception {
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    String changed =
        yaml.replace("  - id: google-ads\n", "  - id: google-ads\n    sellsOrShares: true\n")
            .replace(
                "  consentLog: true\n",
                "  consentLog: true\n  honoursGlobalPrivacyControl: true\n");
    assertThat(changed).contains("sellsOrShares: true", "  honoursGlobalPrivacyControl: true");
    Path head = dir.resolve("cookies.yaml");
    Files.writeString(head, changed, StandardCharsets.UTF_8);

    List<String> fromManifest = changes("site/manifest.json", head.toString());

    assertThat(fromManifest)
        .containsExactly(
            "sale-or-sharing-started material provider 'google-ads' now sells or shares data for"
                + " cross-context advertising",
            "gpc-promise-made notable the policy now promises to honour Global Privacy Control for"
                + " every provider");
    assertThat(changes("cookies.yaml", head.toString())).isEqualTo(fromManifest);
    assertThat(changes(head.toString(), "site/manifest.json"))
        .containsExactly(
            "gpc-promise-withdrawn material the policy no longer promises to honour Global Privacy"
                + " Control for every provider",
            "sale-or-sharing-stopped notable provider 'google-ads' no longer sells or shares data"
                + " for cross-context advertising");
  }

  private static List<String> changes(String base, String head) throws Exception {
    Cli diff = Cli.run("diff", base, head, "--format", "json");
    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(ExitCodes.OK);
    List<String> out = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(diff.out()).get("changes")) {
      out.add(
          c.get("rule").asText() + " " + c.get("level").asText() + " " + c.get("message").asText());
    }
    return out;
  }
}
