package dev.cookiereg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gpc-ignored} under the policy-wide promise ({@code consentPlatform.
 * honoursGlobalPrivacyControl}): with GPC on, a cookie of a category the signal refuses is a
 * finding, though its provider makes no promise of its own. The evidence is the fixture {@code
 * audit/gpc.har} ({@code _ad_click} of Ads Ltd, marketing; {@code _st} of Stats Inc, analytics),
 * held against {@code audit/cookies.yaml} edited so that Ads Ltd promises nothing itself.
 */
class GpcIgnoredTest {
  @TempDir Path tmp;

  private static final String ADS_PROMISE =
      "    privacyUrl: https://ads.example.org/privacy\n    honoursGlobalPrivacyControl: true\n";
  private static final String ADS = "    privacyUrl: https://ads.example.org/privacy\n";
  private static final String PLATFORM = "consentPlatform:\n  status: active\n";

  private List<String> gpcIgnored(String yaml) throws Exception {
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, yaml, StandardCharsets.UTF_8);
    Cli r =
        Cli.run(
            "audit",
            registry.toString(),
            "--har",
            AuditRulesTest.DIR.resolve("gpc.har").toString(),
            "--state",
            "gpc",
            "--observed-at",
            "2026-11-30T10:00:00Z",
            "--format",
            "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
    List<String> out = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
      if (f.get("rule").asText().equals("gpc-ignored")) {
        out.add(f.get("name").asText() + ": " + f.get("message").asText());
      }
    }
    return out;
  }

  /** The fixture registry with Ads Ltd's own GPC promise taken out, then {@code edits} applied. */
  private static String registry(String... edits) throws Exception {
    String yaml =
        Files.readString(AuditRulesTest.DIR.resolve("cookies.yaml"), StandardCharsets.UTF_8);
    assertThat(yaml).contains(ADS_PROMISE, PLATFORM);
    yaml = yaml.replace(ADS_PROMISE, ADS);
    for (int i = 0; i < edits.length; i += 2) {
      assertThat(yaml).contains(edits[i]);
      yaml = yaml.replace(edits[i], edits[i + 1]);
    }
    return yaml;
  }

  @Test
  void underThePolicyWidePromiseACookieOfACategoryGpcRefusesIsAFinding() throws Exception {
    String yaml =
        registry(
            PLATFORM,
            PLATFORM + "  honoursGlobalPrivacyControl: true\n",
            ADS,
            ADS + "    sellsOrShares: true\n");

    assertThat(gpcIgnored(yaml))
        .containsExactly(
            "_ad_click: cookie '_ad_click' of category 'marketing', which a Global Privacy Control"
                + " signal refuses (a provider there sells or shares data and the policy honours"
                + " GPC), set with GPC on");
  }

  @Test
  void thePolicyWidePromiseRefusesNothingWhereNoProviderSellsOrShares() throws Exception {
    String yaml = registry(PLATFORM, PLATFORM + "  honoursGlobalPrivacyControl: true\n");

    assertThat(gpcIgnored(yaml)).isEmpty();
  }

  @Test
  void aProviderThatSellsWithoutAnyGpcPromiseIsNoGpcFinding() throws Exception {
    String yaml = registry(ADS, ADS + "    sellsOrShares: true\n");

    assertThat(gpcIgnored(yaml)).isEmpty();
  }
}
