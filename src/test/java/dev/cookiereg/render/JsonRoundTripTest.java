package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.write.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry text reaches JSON and JavaScript consumers only as data: a purpose holding {@code
 * </script>}, quotes, U+2028/U+2029 and a {@code "/regex/"} look-alike comes back from every output
 * as the same plain string (HTML- escaped where the banner inserts HTML), and the banner's reviver
 * never turns it into a RegExp.
 */
class JsonRoundTripTest {
  static final String HOSTILE =
      "</script><script>alert(1)</script> \"quoted\" 'single' \u2028 \u2029 /^regex$/";
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void buildHostileRegistry() throws Exception {
    String yaml =
        Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8)
            .replace(
                "purpose: Distinguishes unique visitors across sessions",
                "purpose: " + yamlQuoted(HOSTILE));
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, yaml, StandardCharsets.UTF_8);
    site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(registry, null, site).render(new RegistryLoader()));
  }

  /**
   * A YAML double-quoted scalar; U+2028/U+2029 as escapes, since YAML reads them raw as line
   * breaks.
   */
  static String yamlQuoted(String text) {
    return "\""
        + text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        + "\"";
  }

  static JsonNode read(String path) throws Exception {
    return JSON.readTree(site.resolve(path).toFile());
  }

  static JsonNode find(JsonNode array, String key, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(key).asText())) return n;
    }
    throw new AssertionError("no " + key + " = " + value);
  }

  @Test
  void everyJsonOutputReturnsTheTextUnchanged() throws Exception {
    assertThat(find(read(SitePaths.MANIFEST).get("cookies"), "id", "_ga").get("purpose").asText())
        .isEqualTo(HOSTILE);
    JsonNode analytics =
        find(read(SitePaths.BANNER_CATEGORIES).get("categories"), "id", "analytics");
    assertThat(find(analytics.get("cookies"), "id", "_ga").get("purpose").asText())
        .isEqualTo(HOSTILE);
    assertThat(
            find(read(SitePaths.DEVICE_STORAGE).get("disclosures"), "identifier", "_ga")
                .get("description")
                .asText())
        .isEqualTo(HOSTILE);
    JsonNode section =
        find(
            read(SitePaths.COOKIECONSENT).at("/language/translations/en/preferencesModal/sections"),
            "linkedCategory",
            "analytics");
    assertThat(find(section.at("/cookieTable/body"), "cookie", "_ga").get("purpose").asText())
        .isEqualTo(BannerData.escapeHtml(HOSTILE));
  }

  @Test
  void theFilesThemselvesNeverHoldALiteralScriptTagOrLineSeparator() throws Exception {
    for (String path :
        new String[] {
          SitePaths.MANIFEST,
          SitePaths.BANNER_CATEGORIES,
          SitePaths.COOKIECONSENT,
          SitePaths.KLARO,
          SitePaths.DEVICE_STORAGE,
          SitePaths.NOTICE
        }) {
      String text = Files.readString(site.resolve(path), StandardCharsets.UTF_8);
      assertThat(text)
          .as(path)
          .doesNotContain("</script")
          .doesNotContain("<script")
          .doesNotContain("\u2028")
          .doesNotContain("\u2029");
    }
  }

  @Test
  void theReviverOnlyTurnsAutoClearNamesIntoRegExp() throws Exception {
    Process node =
        new ProcessBuilder(
                "node", "src/test/js/revive.mjs", site.resolve(SitePaths.COOKIECONSENT).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    JsonNode revived = JSON.readTree(out);
    assertThat(revived).isNotEmpty();
    revived.forEach(
        path ->
            assertThat(path.asText())
                .matches("/categories/[a-z-]+/autoClear/cookies/\\d+/name = .*"));
    assertThat(out).contains("/categories/analytics/autoClear/cookies/3/name = ^ph_.*_posthog$");
  }
}
