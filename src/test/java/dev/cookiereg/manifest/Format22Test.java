package dev.cookiereg.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.load.ManifestReader;
import dev.cookiereg.model.Acceptance;
import dev.cookiereg.model.Registry;
import dev.cookiereg.render.Json;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.testing.SeedProject;
import dev.cookiereg.write.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 2.2: the facts the compliance rules and Global Privacy Control read — findings a registry
 * accepts, sale or sharing, transfer safeguards, the policy-wide GPC promise — reach services in
 * the manifest, and a manifest names 2.2 only when it carries one, so a registry stating none
 * publishes the bytes (and the digest) it published before.
 */
class Format22Test {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  private Path build(String yaml) throws Exception {
    Path registry = tmp.resolve("cookies.yaml");
    Files.writeString(registry, yaml);
    Path site = tmp.resolve("site");
    SiteWriter.write(site, Build.of(registry, null, site).render(new RegistryLoader()));
    return site;
  }

  private static String withFormat22Facts() throws Exception {
    String yaml = Files.readString(Path.of("cookies.yaml"));
    String edited =
        yaml.replaceFirst(
                "(?m)^consentPlatform:\\n",
                "consentPlatform:\n  honoursGlobalPrivacyControl: true\n")
            .replaceFirst(
                "(?m)^  - id: meta\\n",
                "  - id: meta\n    sellsOrShares: true\n    accepted:\n      - rule:"
                    + " recipient-undisclosed\n        reason: Meta's location is in its own"
                    + " privacy policy.\n")
            .replaceFirst(
                "(?m)^  - name: _ga\\n",
                "  - name: _ga\n    accepted:\n      - rule: lifetime-over-browser-cap\n"
                    + "        reason: The browser keeps it 400 days; the table says so.\n")
            .replaceFirst(
                "(?m)^(  - id: posthog\\n(?:    .*\\n)*?    processing:\\n      location: US\\n)",
                "$1      safeguard: scc\n");
    assertThat(edited).contains("safeguard: scc", "sellsOrShares: true", "honoursGlobal");
    return edited;
  }

  @Test
  void aRegistryStatingNoneOfFormat22sFactsPublishesFormat21WithNoneOfItsMembers()
      throws Exception {
    Path site = build(SeedProject.withoutLanguages(Files.readString(Path.of("cookies.yaml"))));
    JsonNode built = JSON.readTree(site.resolve(SitePaths.MANIFEST).toFile());

    assertThat(built.get("schemaVersion").asText()).isEqualTo("2.1");
    assertThat(built.has("languages")).isFalse();
    assertThat(built.toString()).doesNotContain("\"accepted\"", "sellsOrShares", "safeguard");
  }

  @Test
  void theReleasedFormat21ManifestIsReadAndWrittenBackToItsBytesAndDigest() throws Exception {
    Path archived = Path.of("site/versions/2.1.1/manifest.json");
    String text = Files.readString(archived);
    Manifest read = ManifestReader.parse("manifest.json", Files.readAllBytes(archived));

    assertThat(read.schemaVersion()).isEqualTo("2.1");
    assertThat(Json.write(read)).isEqualTo(text);
    assertThat(ManifestDigest.of(read)).isEqualTo(read.policy().digest());
  }

  @Test
  void format22FactsAreWrittenWhereStatedValidAgainstTheSchemaAndReadBack() throws Exception {
    Path site = build(withFormat22Facts());
    JsonNode m = JSON.readTree(site.resolve(SitePaths.MANIFEST).toFile());

    assertThat(m.get("schemaVersion").asText()).isEqualTo("2.2");
    assertThat(m.at("/consentPlatform/honoursGlobalPrivacyControl").asBoolean()).isTrue();
    JsonNode meta = provider(m, "meta");
    assertThat(meta.get("sellsOrShares").asBoolean()).isTrue();
    assertThat(meta.at("/accepted/0/rule").asText()).isEqualTo("recipient-undisclosed");
    assertThat(provider(m, "posthog").at("/processing/safeguard").asText()).isEqualTo("scc");
    assertThat(provider(m, "google-analytics").has("sellsOrShares")).isFalse();
    assertThat(provider(m, "google-analytics").has("accepted")).isFalse();
    JsonNode ga = null;
    for (JsonNode c : m.get("cookies")) if (c.get("id").asText().equals("_ga")) ga = c;
    assertThat(ga.at("/accepted/0/reason").asText())
        .isEqualTo("The browser keeps it 400 days; the table says so.");

    List<String> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JSON.readTree(site.resolve(SitePaths.MANIFEST_SCHEMA).toFile()))
            .validate(m)
            .stream()
            .map(Error::toString)
            .toList();
    assertThat(errors).isEmpty();

    Registry read =
        ManifestMapper.toRegistry(
            ManifestReader.parse(
                "manifest.json", Files.readAllBytes(site.resolve("manifest.json"))));
    assertThat(read.consentPlatform().honoursGlobalPrivacyControl()).isTrue();
    assertThat(read.provider("meta").orElseThrow().sellsOrShares()).isTrue();
    assertThat(read.provider("posthog").orElseThrow().processing().safeguard()).isEqualTo("scc");
    assertThat(
            read.cookies().stream()
                .filter(c -> c.id().equals("_ga"))
                .findFirst()
                .orElseThrow()
                .accepted())
        .containsExactly(
            new Acceptance(
                "lifetime-over-browser-cap", "The browser keeps it 400 days; the table says so."));
  }

  private static JsonNode provider(JsonNode m, String id) {
    for (JsonNode p : m.get("providers")) if (p.get("id").asText().equals(id)) return p;
    throw new AssertionError("no provider " + id);
  }
}
