package dev.cookiereg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.load.YamlTreeReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Lints#OVERLAPPING_PATTERNS} on a registry of 10,000 cookies compares names only where
 * their literal prefixes allow a common match, never pair by pair (50 million pairs here): the
 * check stays within seconds and finds exactly the overlaps the registry was built with.
 */
class OverlappingPatternsScaleTest {
  static final int COOKIES = 10_000;

  /**
   * Prefix patterns {@code p<j>_*} (analytics), each beside an exact {@code p<j>_x} (marketing).
   */
  static final int PREFIXED = 200;

  /**
   * Patterns with no literal prefix, {@code *_s<j>} (analytics), which every name's prefix starts
   * with, each beside an exact {@code q<j>_s<j>} (marketing).
   */
  static final int UNPREFIXED = 50;

  @TempDir Path dir;

  @Test
  void tenThousandCookiesAreCheckedForOverlapsWithinSecondsAndEachOverlapIsFound()
      throws Exception {
    StringBuilder y = new StringBuilder(COOKIES * 90);
    y.append(
        """
        policy:
          title: Cookie Policy
          version: 1.0.0
          effective: 2026-01-01
          lastUpdated: 2026-01-01
          language: en
        controller:
          name: Example Ltd
          email: privacy@example.com
        service:
          name: the Example website
          domain: example.com
        categories:
          - id: ess
            title: Essential Cookies
            description: Needed for the site to work.
            legalBasis: strictly-necessary
            required: true
          - id: ana
            title: Analytics Cookies
            description: Help us understand how the site is used.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
            consentMode: [analytics_storage]
          - id: mkt
            title: Marketing Cookies
            description: Show you relevant ads.
            legalBasis: consent
            consentRequiredIn: [EEA, UK]
            consentMode: [ad_storage]
        providers:
          - id: s
            name: Stats Inc
            party: first
        cookies:
        """);
    String[] categories = {"ess", "ana", "mkt"};
    int written = 0;
    for (int j = 0; j < PREFIXED; j++) {
      cookie(y, "p" + j, "p" + j + "_*", "ana");
      cookie(y, "p" + j + "_x", "p" + j + "_x", "mkt");
      written += 2;
    }
    for (int j = 0; j < UNPREFIXED; j++) {
      cookie(y, "s" + j, "*_s" + j, "ana");
      cookie(y, "q" + j + "_s" + j, "q" + j + "_s" + j, "mkt");
      written += 2;
    }
    for (int i = 0; written < COOKIES; i++, written++) {
      cookie(y, "n" + i, "n" + i, categories[i % 3]);
    }
    y.append(
        """
        sections:
          - id: cookies
            title: Our Cookies
            content:
              - clause: We use the cookies below.
              - category: ess
              - category: ana
              - category: mkt
        """);
    assertThat(y.length()).isLessThan(YamlTreeReader.MAX_BYTES);
    Path file = dir.resolve("cookies.yaml");
    Files.writeString(file, y, StandardCharsets.UTF_8);

    Cli check =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Cli.run("check", "--format", "json", file.toString()));

    assertThat(check.exitCode()).as(check.err()).isZero();
    int overlaps = 0;
    for (JsonNode d : new ObjectMapper().readTree(check.out())) {
      if (d.get("rule").asText().equals(Lints.OVERLAPPING_PATTERNS.id())) overlaps++;
    }
    assertThat(overlaps).isEqualTo(PREFIXED + UNPREFIXED);
  }

  private static void cookie(StringBuilder y, String id, String name, String category) {
    y.append("  - id: ")
        .append(id)
        .append("\n    name: \"")
        .append(name)
        .append("\"\n    provider: s\n    category: ")
        .append(category)
        .append("\n    purpose: p\n    duration: P1Y\n");
  }
}
