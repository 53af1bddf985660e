package dev.cookiereg.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.cli.ExitCodes;
import dev.cookiereg.testing.BannerHarness;
import dev.cookiereg.testing.Browser;
import dev.cookiereg.testing.SeedProject;
import dev.cookiereg.testing.StaticServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a visitor consents under 1.0.0; the editors add a category and release 2.0.0; the
 * same visitor, on the same site, is asked again by vanilla-cookieconsent, and Klaro keeps its
 * consent under a new name.
 */
class MaterialReleaseBrowserTest {
  @TempDir Path dir;

  @Test
  void aVisitorWhoConsentedUnderOneIsAskedAgainAfterAMaterialRelease() throws Exception {
    Browser.requireAvailable();
    Path registry = dir.resolve("cookies.yaml");
    Path site = dir.resolve("site");
    SeedProject.write(registry, dir.resolve("CHANGELOG.md"));
    assertThat(Cli.run("release", registry.toString(), "--out", site.toString()).exitCode())
        .isZero();

    try (StaticServer server = BannerHarness.serve(site);
        Browser browser = new Browser()) {
      open(browser, server);
      browser.js("CookieConsent.acceptCategory('all');");
      open(browser, server);
      assertThat(browser.js("return CookieConsent.validConsent();")).isEqualTo(true);

      String yaml =
          Files.readString(registry, StandardCharsets.UTF_8)
              .replace(
                  "providers:\n",
                  "  - id: social\n    title: Social Media Cookies\n    description: Sharing.\n"
                      + "    legalBasis: consent\nproviders:\n")
              .replace(
                  "technologies:\n",
                  "  - name: _share\n    provider: meta\n    category: social\n"
                      + "    purpose: Remembers shares\n    duration: P1M\ntechnologies:\n")
              .replace(
                  "      - category: marketing\n",
                  "      - category: marketing\n      - category: social\n");
      Files.writeString(registry, yaml, StandardCharsets.UTF_8);
      Cli diff =
          Cli.run(
              "diff",
              site.resolve("versions/1.0.0/cookies.yaml").toString(),
              registry.toString(),
              "--fail-on",
              "material");
      assertThat(diff.exitCode()).isEqualTo(ExitCodes.FAILED_CHECK);
      assertThat(
              Cli.run(
                      "release",
                      registry.toString(),
                      "--out",
                      site.toString(),
                      "--date",
                      "2026-12-01")
                  .out())
          .startsWith("released 2.0.0");
      ObjectMapper json = new ObjectMapper();
      assertThat(
              json.readTree(site.resolve("banner/cookieconsent.json").toFile())
                  .get("revision")
                  .asInt())
          .isEqualTo(2);
      assertThat(
              json.readTree(site.resolve("banner/klaro.json").toFile()).get("storageName").asText())
          .isEqualTo("klaro-v2");

      open(browser, server);

      assertThat(browser.js("return CookieConsent.validConsent();")).isEqualTo(false);
      assertThat(browser.js("return document.documentElement.classList.contains('show--consent');"))
          .isEqualTo(true);
      assertThat((String) browser.js("return document.querySelector('#cc-main .cm').innerText;"))
          .contains("Our Cookie Policy has changed since you last chose");
    }
  }

  private static void open(Browser browser, StaticServer server) {
    BannerHarness.open(browser, server, "cookieconsent.html");
  }
}
