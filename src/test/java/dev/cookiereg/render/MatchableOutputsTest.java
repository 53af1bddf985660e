package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.cli.Cli;
import dev.cookiereg.model.Globs;
import dev.cookiereg.site.SitePaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a consumer needs to recognise each declared thing in a browser: every cookie says whether it
 * can be matched (the manifest and categories.json agree), states its domain (as the disclosure
 * does), and technologies' storage keys reach the manifest matched as cookie names are.
 */
class MatchableOutputsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path seedSite;
  static Path keysSite;

  @BeforeAll
  static void build() throws Exception {
    seedSite = dir.resolve("seed");
    Cli seed = Cli.run("build", "cookies.yaml", "--out", seedSite.toString());
    assertThat(seed.exitCode()).as(seed.err()).isZero();

    String minimal =
        Files.readString(Path.of("src/test/resources/registries/minimal.yaml"))
            .replace(
                "sections:\n",
                """
                technologies:
                  - id: app-storage
                    title: App storage
                    kind: web-storage
                    status: active
                    provider: example
                    category: essential
                    legalBasis: strictly-necessary
                    purpose: Keeps the app's state
                    keys: [app_state, "app_*", "ui_**_layout"]
                sections:
                """)
            .replace(
                "      - category: analytics\n",
                "      - category: analytics\n      - technology: app-storage\n");
    Path registry = dir.resolve("keys.yaml");
    Files.writeString(registry, minimal, StandardCharsets.UTF_8);
    keysSite = dir.resolve("keys");
    Cli keys = Cli.run("build", registry.toString(), "--out", keysSite.toString());
    assertThat(keys.exitCode()).as(keys.out() + keys.err()).isZero();
  }

  static JsonNode read(Path site, String path) throws Exception {
    return JSON.readTree(site.resolve(path).toFile());
  }

  @Test
  void aCookieIsMatchableExactlyWhenItHasANameInTheManifestAndTheCategoryLists() throws Exception {
    Map<String, Boolean> manifest = new TreeMap<>();
    for (JsonNode c : read(seedSite, SitePaths.MANIFEST).get("cookies")) {
      assertThat(c.get("matchable").asBoolean()).as(c.get("id").asText()).isEqualTo(c.has("name"));
      assertThat(c.has("regex")).isEqualTo(c.has("name"));
      manifest.put(c.get("id").asText(), c.get("matchable").asBoolean());
    }
    Map<String, Boolean> banner = new TreeMap<>();
    for (JsonNode category : read(seedSite, SitePaths.BANNER_CATEGORIES).get("categories")) {
      for (JsonNode c : category.get("cookies")) {
        banner.put(c.get("id").asText(), c.get("matchable").asBoolean());
      }
    }
    assertThat(banner).isEqualTo(manifest);
    assertThat(manifest.values().stream().filter(m -> !m).count())
        .as("Aktok's cookies named only by role")
        .isEqualTo(7);
  }

  @Test
  void everyCookieStatesItsDomainAndTheDisclosureStatesTheSame() throws Exception {
    JsonNode manifest = read(seedSite, SitePaths.MANIFEST);
    String own = manifest.get("service").get("domain").asText();
    Map<String, String> disclosed = new TreeMap<>();
    for (JsonNode d : read(seedSite, SitePaths.DEVICE_STORAGE).get("disclosures")) {
      if (d.get("type").asText().equals("cookie"))
        disclosed.put(d.get("identifier").asText(), d.get("domains").get(0).asText());
    }
    Map<String, String> stated = new TreeMap<>();
    List<String> ownDomain = new ArrayList<>();
    for (JsonNode c : manifest.get("cookies")) {
      String domain = c.get("domain").asText();
      if (domain.equals(own)) ownDomain.add(c.get("id").asText());
      // the disclosure names what a cookie is recognised by: matches, else its name
      String pattern = (c.has("matches") ? c.get("matches") : c.path("name")).asText();
      if (c.has("name") && !Globs.isPattern(pattern)) stated.put(pattern, domain);
    }
    assertThat(disclosed).containsAllEntriesOf(stated);
    assertThat(stated).containsEntry("fr", "facebook.com").containsEntry("IDE", "doubleclick.net");
    assertThat(ownDomain).contains("session-id", "_ga").doesNotContain("fr", "IDE");
  }

  @Test
  void aManifestStatingTheServicesOwnDomainIsNoChangeFromARegistryLeavingItOut() {
    Cli diff = Cli.run("diff", seedSite.resolve(SitePaths.MANIFEST).toString(), "cookies.yaml");

    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out()).endsWith("to cookies.yaml: no changes\n");
  }

  @Test
  void storageKeysReachTheManifestWithTheMatchAndRegexOfACookieName() throws Exception {
    JsonNode technology = read(keysSite, SitePaths.MANIFEST).get("technologies").get(0);

    assertThat(technology.get("keys").toString())
        .isEqualTo(
            "[{\"name\":\"app_state\",\"match\":\"exact\",\"regex\":\"^app_state$\"},"
                + "{\"name\":\"app_*\",\"match\":\"prefix\",\"regex\":\"^app_.*$\"},"
                + "{\"name\":\"ui_*_layout\",\"match\":\"glob\",\"regex\":\"^ui_.*_layout$\"}]");
    List<String> disclosed = new ArrayList<>();
    for (JsonNode d : read(keysSite, SitePaths.DEVICE_STORAGE).get("disclosures")) {
      if (d.get("type").asText().equals("web")) disclosed.add(d.get("identifier").asText());
    }
    assertThat(disclosed).containsExactly("app_state", "app_*", "ui_*_layout");
  }

  @Test
  void aTechnologyWithoutKeysHasNoKeysMember() throws Exception {
    for (JsonNode t : read(seedSite, SitePaths.MANIFEST).get("technologies")) {
      assertThat(t.has("keys")).as(t.get("id").asText()).isFalse();
    }
  }
}
