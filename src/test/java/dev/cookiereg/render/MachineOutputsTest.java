package dev.cookiereg.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cookiereg.Build;
import dev.cookiereg.RegistryLoader;
import dev.cookiereg.load.ManifestReader;
import dev.cookiereg.manifest.Manifest;
import dev.cookiereg.model.Cookie;
import dev.cookiereg.model.Registry;
import dev.cookiereg.site.SitePaths;
import dev.cookiereg.write.SiteWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine outputs: the manifest validates against its published schema with two independent
 * validators, the disclosure against the IAB-derived schema, and every output carries exactly the
 * registry's cookies with the same category and duration.
 */
class MachineOutputsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path site;
  static Registry registry;

  @BeforeAll
  static void build() throws Exception {
    site = tmp.resolve("site");
    RegistryLoader loader = new RegistryLoader();
    registry = loader.load(Path.of("cookies.yaml")).registry();
    SiteWriter.write(site, Build.of(Path.of("cookies.yaml"), null, Path.of("site")).render(loader));
  }

  static JsonNode read(String path) throws Exception {
    return JSON.readTree(site.resolve(path).toFile());
  }

  static List<String> networkntErrors(JsonNode schema, JsonNode document) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema)
        .validate(document)
        .stream()
        .map(Error::toString)
        .toList();
  }

  static RenderContext seedContext() throws Exception {
    RegistryLoader loader = new RegistryLoader();
    var loaded = loader.load(Path.of("cookies.yaml"));
    return new Build(Path.of("cookies.yaml"), null, Path.of("CHANGELOG.md"), Path.of("site"))
        .context(loader, loaded);
  }

  @Test
  void theManifestFileIsTheManifestTreeWrittenOut() throws Exception {
    // manifest.json is written as bytes while its cookies are made (Manifest.lazily); written as
    // text, the same manifest
    RenderContext context = seedContext();
    assertThat(Json.write(ManifestRenderer.manifest(context)))
        .isEqualTo(Files.readString(site.resolve(SitePaths.MANIFEST)));
  }

  @Test
  void theManifestFileReadsBackToTheRecordsItWasWrittenFrom() throws Exception {
    Manifest read =
        ManifestReader.parse(
            SitePaths.MANIFEST, Files.readAllBytes(site.resolve(SitePaths.MANIFEST)));

    assertThat(read).isEqualTo(ManifestRenderer.manifest(seedContext()));
  }

  @Test
  void aLazyArrayWritesWhatAnArrayOfTheSameElementsWrites() {
    var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    var eager = nodes.objectNode();
    var lazy = nodes.objectNode();
    eager
        .putArray("list")
        .add(nodes.objectNode().put("a", "</script>\u2028é"))
        .add(nodes.objectNode().put("b", 2));
    lazy.putPOJO(
        "list",
        Json.lazyArray(
            List.of("x", "skip", "y"),
            v ->
                switch (v) {
                  case "x" -> nodes.objectNode().put("a", "</script>\u2028é");
                  case "y" -> nodes.objectNode().put("b", 2);
                  default -> null;
                }));
    lazy.putPOJO("empty", Json.lazyArray(List.of(), v -> nodes.nullNode()));
    eager.putArray("empty");
    assertThat(Json.write(lazy)).isEqualTo(Json.write(eager));
  }

  @Test
  void theSitePublishesTheRegistrySchemaThatCheckValidatesAgainst() throws Exception {
    // rendered in the test, not read from the class's site, so that mutation testing sees that
    // this test covers the schema's way to the site
    byte[] published =
        Build.of(Path.of("cookies.yaml"), null, Path.of("site"))
            .render(new RegistryLoader())
            .stream()
            .filter(f -> f.path().equals(SitePaths.REGISTRY_SCHEMA))
            .findFirst()
            .orElseThrow()
            .content();

    assertThat(JSON.readTree(published))
        .isEqualTo(
            JSON.readTree(
                Path.of("src/main/resources/cookiereg/schema/cookies.schema.json").toFile()));
  }

  @Test
  void manifestValidatesAgainstItsSchemaWithNetworknt() throws Exception {
    assertThat(networkntErrors(read(SitePaths.MANIFEST_SCHEMA), read(SitePaths.MANIFEST)))
        .isEmpty();
  }

  @Test
  void manifestValidatesAgainstItsSchemaWithAjv() throws Exception {
    Process node =
        new ProcessBuilder(
                "node",
                "src/test/js/validate.mjs",
                site.resolve(SitePaths.MANIFEST_SCHEMA).toString(),
                site.resolve(SitePaths.MANIFEST).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.strip()).as("ajv (run 'npm ci' first)").isEqualTo("valid");
    assertThat(node.exitValue()).isZero();
  }

  @Test
  void ajvRejectsAManifestThatBreaksTheSchema() throws Exception {
    JsonNode manifest = read(SitePaths.MANIFEST);
    ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.get("policy")).put("version", "1.0");
    File broken = tmp.resolve("broken.json").toFile();
    JSON.writeValue(broken, manifest);
    Process node =
        new ProcessBuilder(
                "node",
                "src/test/js/validate.mjs",
                site.resolve(SitePaths.MANIFEST_SCHEMA).toString(),
                broken.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).isEqualTo(1);
    assertThat(out).contains("/policy/version: must match pattern");
    assertThat(networkntErrors(read(SitePaths.MANIFEST_SCHEMA), manifest)).hasSize(1);
  }

  @Test
  void everyManifestFieldIsDocumented() throws Exception {
    List<String> undocumented = new ArrayList<>();
    walk(read(SitePaths.MANIFEST_SCHEMA), "#", undocumented);
    assertThat(undocumented).isEmpty();
  }

  private static void walk(JsonNode schema, String at, List<String> undocumented) {
    JsonNode props = schema.path("properties");
    props
        .fieldNames()
        .forEachRemaining(
            name -> {
              JsonNode p = props.get(name);
              if (!p.has("description") && !p.has("$ref")) undocumented.add(at + "/" + name);
              walk(p, at + "/" + name, undocumented);
            });
    if (schema.has("items")) walk(schema.get("items"), at + "/items", undocumented);
    schema
        .path("$defs")
        .fieldNames()
        .forEachRemaining(n -> walk(schema.get("$defs").get(n), "#/$defs/" + n, undocumented));
  }

  @Test
  void aManifestWithMembersALaterFormat2AddsStillValidates() throws Exception {
    // format 2's promise: 2.x only adds optional members, so a consumer pinned to today's schema
    // accepts tomorrow's manifests
    ObjectNode later = (ObjectNode) read(SitePaths.MANIFEST);
    later.put("schemaVersion", "2.7");
    later.putObject("proofs").put("kind", "signature");
    ((ObjectNode) later.get("policy")).put("url2", "https://example.com");
    for (JsonNode cookie : later.get("cookies")) ((ObjectNode) cookie).put("vendor", "acme");

    assertThat(networkntErrors(read(SitePaths.MANIFEST_SCHEMA), later)).isEmpty();
  }

  @Test
  void deviceStorageDisclosureValidatesAgainstTheIabDerivedSchema() throws Exception {
    JsonNode schema =
        JSON.readTree(
            Path.of("src/test/resources/iab/iab-device-storage-disclosure.derived.schema.json")
                .toFile());
    assertThat(networkntErrors(schema, read(SitePaths.DEVICE_STORAGE))).isEmpty();
  }

  @Test
  void consentCategoriesDiscloseTcfPurposeOneAndEssentialOnlySecurity() throws Exception {
    Map<String, JsonNode> byId = new TreeMap<>();
    read(SitePaths.DEVICE_STORAGE)
        .get("disclosures")
        .forEach(d -> byId.put(d.get("identifier").asText(), d));
    assertThat(byId.get("_ga").get("purposes").toString()).isEqualTo("[1,8,9,10]");
    assertThat(byId.get("_fbp").get("purposes").toString()).isEqualTo("[1,2,3,4,7]");
    assertThat(byId.get("ph_*").get("maxAgeSeconds").asLong()).isEqualTo(31_556_952L);
    // disclosed as what the browser holds (Matomo's _pk_ses.<site>.<hash>), not as printed
    assertThat(byId.get("_pk_ses.*").get("maxAgeSeconds").asLong()).isEqualTo(1800);
    assertThat(byId.get("fr").get("domains").toString()).isEqualTo("[\"facebook.com\"]");
  }

  /**
   * One source, no drift: every named cookie, everywhere, with the registry's category and
   * duration.
   */
  @Test
  void everyOutputCarriesExactlyTheRegistrysCookies() throws Exception {
    Map<String, String> expected = new TreeMap<>(); // name → category | display duration
    Map<String, Long> seconds = new TreeMap<>();
    for (Cookie c : registry.cookies()) {
      if (c.name() == null) continue;
      expected.put(c.name(), c.category() + " | " + c.retention().display());
      seconds.put(c.name(), c.retention().maxSeconds());
    }

    Map<String, String> manifest = new TreeMap<>();
    for (JsonNode c : read(SitePaths.MANIFEST).get("cookies")) {
      if (c.has("name"))
        manifest.put(
            c.get("name").asText(),
            c.get("category").asText() + " | " + c.get("duration").get("display").asText());
    }
    assertThat(manifest).isEqualTo(expected);

    Map<String, String> generic = new TreeMap<>();
    for (JsonNode cat : read(SitePaths.BANNER_CATEGORIES).get("categories")) {
      for (JsonNode c : cat.get("cookies")) {
        if (c.has("name"))
          generic.put(
              c.get("name").asText(), cat.get("id").asText() + " | " + c.get("duration").asText());
      }
    }
    assertThat(generic).isEqualTo(expected);

    Map<String, String> cookieconsent = new TreeMap<>();
    JsonNode cc = read(SitePaths.COOKIECONSENT);
    cc.get("categories")
        .fieldNames()
        .forEachRemaining(
            cat ->
                cc.get("categories")
                    .get(cat)
                    .path("autoClear")
                    .path("cookies")
                    .forEach(c -> cookieconsent.put(c.get("name").asText(), cat)));
    Map<String, String> expectedClear = new TreeMap<>();
    for (Cookie c : registry.cookies()) {
      if (c.name() != null && !registry.category(c.category()).orElseThrow().required()) {
        expectedClear.put(
            c.match() == Cookie.Match.EXACT ? c.name() : "/" + c.regex() + "/", c.category());
      }
    }
    assertThat(cookieconsent).isEqualTo(expectedClear);

    Map<String, String> klaro = new TreeMap<>();
    for (JsonNode s : read(SitePaths.KLARO).get("services")) {
      s.get("cookies").forEach(c -> klaro.put(c.asText(), s.get("purposes").get(0).asText()));
    }
    Map<String, String> expectedKlaro = new TreeMap<>();
    registry.cookies().stream()
        .filter(c -> c.name() != null)
        .forEach(
            c ->
                expectedKlaro.put(
                    c.match() == Cookie.Match.EXACT ? c.name() : c.regex(),
                    "category-" + c.category()));
    assertThat(klaro).isEqualTo(expectedKlaro);

    Map<String, Long> disclosed = new TreeMap<>();
    read(SitePaths.DEVICE_STORAGE)
        .get("disclosures")
        .forEach(d -> disclosed.put(d.get("identifier").asText(), d.get("maxAgeSeconds").asLong()));
    Map<String, Long> expectedDisclosed = new TreeMap<>();
    registry.cookies().stream()
        .filter(c -> c.name() != null)
        .forEach(
            c ->
                expectedDisclosed.put(
                    DeviceStorageRenderer.identifier(c), c.retention().maxSeconds()));
    assertThat(disclosed).isEqualTo(expectedDisclosed);

    assertThePageTablesSayWhatTheManifestSays(site);
  }

  @Test
  void aPurposeWithMarkdownPlaceholdersAndCrossReferencesReadsTheSameOnThePageAndInTheManifest()
      throws Exception {
    Path registryFile = tmp.resolve("markdown-purpose/cookies.yaml");
    Files.createDirectories(registryFile.getParent());
    String yaml = Files.readString(Path.of("cookies.yaml"), StandardCharsets.UTF_8);
    String purpose = "purpose: Distinguishes unique visitors across sessions\n";
    assertThat(yaml).contains(purpose);
    assertThat(yaml).containsPattern("(?m)^  url: https://");
    // with the policy's URL known, HTML outputs link cross-references there; plain text must not
    // spell it out
    Files.writeString(
        registryFile,
        yaml.replace(
                purpose,
                "purpose: Counts *unique* visitors to {service.name} "
                    + "(see [[consent-mechanism]])\n")
            .replaceFirst("(?m)^  url: .*$", "  url: https://aktok.example/cookies/"));
    Path out = tmp.resolve("markdown-purpose/site");
    SiteWriter.write(out, Build.of(registryFile, null, out).render(new RegistryLoader()));

    String row =
        org.jsoup.Jsoup.parse(out.resolve(SitePaths.POLICY).toFile(), "UTF-8")
            .select("#cookie-_ga td")
            .get(1)
            .html();
    assertThat(row)
        .contains("<em>unique</em>")
        .contains("<a href=\"#consent-mechanism\">Section 5.1</a>")
        .doesNotContain("{service.name}")
        .doesNotContain("[[");
    assertThePageTablesSayWhatTheManifestSays(out);
    JsonNode ga = null;
    for (JsonNode c : JSON.readTree(out.resolve(SitePaths.MANIFEST).toFile()).get("cookies")) {
      if (c.get("id").asText().equals("_ga")) ga = c;
    }
    assertThat(ga.get("purpose").asText())
        .isEqualTo(
            "Counts unique visitors to the Aktok platform and the aktok.com "
                + "website (see Section 5.1)");
  }

  /**
   * The page's tables say what the manifest says, for every cookie (those named only by role too):
   * its category section, display name, purpose as plain text, type and duration; and they list
   * nothing else.
   */
  private static void assertThePageTablesSayWhatTheManifestSays(Path site) throws Exception {
    org.jsoup.nodes.Document page =
        org.jsoup.Jsoup.parse(site.resolve(SitePaths.POLICY).toFile(), "UTF-8");
    Map<String, String> manifestRows = new TreeMap<>();
    JsonNode manifest = JSON.readTree(site.resolve(SitePaths.MANIFEST).toFile());
    for (JsonNode c : manifest.get("cookies")) {
      manifestRows.put(
          c.get("id").asText(),
          String.join(
              " | ",
              c.get("category").asText(),
              c.get("displayName").asText(),
              c.get("purpose").asText(),
              c.get("type").asText(),
              c.get("duration").get("display").asText()));
    }
    Map<String, String> pageRows = new TreeMap<>();
    for (org.jsoup.nodes.Element row : page.select("table.cookies tbody tr")) {
      var cells = row.select("th, td");
      pageRows.put(
          row.id().substring("cookie-".length()),
          String.join(
              " | ",
              row.closest("section").id(),
              cells.get(0).text(),
              cells.get(2).text(),
              cells.get(3).text().toLowerCase(java.util.Locale.ROOT),
              cells.get(4).text()));
    }
    assertThat(pageRows).isEqualTo(manifestRows);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} is disclosed as {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "_ga, _ga",
    "_pk_id.*, _pk_id.*",
    "*_gid, *_gid",
    "*_gid*, *_gid*",
    "ph_*_posthog, ph_*",
    "a*b*c, a*",
    "*a*b, *a*"
  })
  void theIabIdentifierHasWildcardsOnlyAtItsEndsAndCoversTheName(String name, String identifier) {
    Cookie cookie =
        new Cookie(
            name.replace("*", "x"),
            name,
            null,
            "p",
            null,
            "c",
            "purpose",
            dev.cookiereg.model.Retention.session(),
            null,
            null);
    assertThat(DeviceStorageRenderer.identifier(cookie)).isEqualTo(identifier);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} matching {1} is disclosed as {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "_pk_id, _pk_id.*, _pk_id.*",
    "ga*, _ga_*, _ga_*",
    "ph_posthog, ph_*_posthog, ph_*"
  })
  void theIabIdentifierIsWhatTheCookieMatchesNotTheNameThePagePrints(
      String name, String matches, String identifier) {
    Cookie cookie =
        new Cookie(
            "c",
            name,
            matches,
            null,
            "p",
            null,
            "c",
            "purpose",
            dev.cookiereg.model.Retention.session(),
            null,
            null);
    assertThat(DeviceStorageRenderer.identifier(cookie)).isEqualTo(identifier);
  }

  @Test
  void bannerRevisionAndKlaroStorageFollowTheMajorVersion() throws Exception {
    int major = registry.policy().version().major();
    assertThat(read(SitePaths.COOKIECONSENT).get("revision").asInt()).isEqualTo(major);
    assertThat(read(SitePaths.KLARO).get("storageName").asText()).isEqualTo("klaro-v" + major);
    assertThat(read(SitePaths.MANIFEST).get("policy").get("bannerRevision").asInt())
        .isEqualTo(major);
  }

  @Test
  void nonEssentialCategoriesAreOffByDefaultAndEssentialIsReadOnly() throws Exception {
    JsonNode categories = read(SitePaths.COOKIECONSENT).get("categories");
    assertThat(categories.get("essential").get("readOnly").asBoolean()).isTrue();
    for (String id : List.of("functional", "analytics", "marketing")) {
      assertThat(categories.get(id).get("enabled").asBoolean()).as(id).isFalse();
    }
    JsonNode gui = read(SitePaths.COOKIECONSENT).get("guiOptions");
    assertThat(gui.get("consentModal").get("equalWeightButtons").asBoolean()).isTrue();
    assertThat(gui.get("preferencesModal").get("equalWeightButtons").asBoolean()).isTrue();
    for (JsonNode s : read(SitePaths.KLARO).get("services")) {
      boolean essential = s.get("purposes").get(0).asText().equals("category-essential");
      assertThat(s.get("default").asBoolean()).as(s.get("name").asText()).isEqualTo(essential);
      assertThat(s.get("required").asBoolean()).isEqualTo(essential);
    }
  }

  @Test
  void anUnknownDurationIsNullSecondsInTheManifestAndLeftOutOfTheDisclosure() throws Exception {
    Path registryFile = Path.of("src/test/resources/broken/lint-unknown-duration.yaml");
    Path out = tmp.resolve("unknown-site");
    SiteWriter.write(out, Build.of(registryFile, null, out).render(new RegistryLoader()));
    JsonNode manifest = JSON.readTree(out.resolve(SitePaths.MANIFEST).toFile());
    JsonNode duration = manifest.get("cookies").get(1).get("duration");
    assertThat(duration.get("kind").asText()).isEqualTo("unknown");
    assertThat(duration.get("seconds").isNull()).isTrue();
    assertThat(duration.get("note").asText()).isEqualTo("forever");
    assertThat(
            networkntErrors(
                JSON.readTree(out.resolve(SitePaths.MANIFEST_SCHEMA).toFile()), manifest))
        .isEmpty();
    JsonNode disclosure = JSON.readTree(out.resolve(SitePaths.DEVICE_STORAGE).toFile());
    assertThat(disclosure.get("disclosures").findValuesAsText("identifier"))
        .containsExactly("session");
  }

  @Test
  void bannersListCategoriesInTheOrderThePolicyDescribesThem() throws Exception {
    String yaml =
        Files.readString(Path.of("src/test/resources/registries/minimal.yaml"))
            .replace(
                "      - category: essential\n      - category: analytics\n",
                "      - category: analytics\n      - category: essential\n");
    Path registryFile = tmp.resolve("reordered.yaml");
    Files.writeString(registryFile, yaml);
    Path out = tmp.resolve("reordered-site");
    SiteWriter.write(out, Build.of(registryFile, null, out).render(new RegistryLoader()));
    List<String> generic = new ArrayList<>();
    JSON.readTree(out.resolve(SitePaths.BANNER_CATEGORIES).toFile())
        .get("categories")
        .forEach(c -> generic.add(c.get("id").asText()));
    List<String> sections = new ArrayList<>();
    JSON.readTree(out.resolve(SitePaths.COOKIECONSENT).toFile())
        .at("/language/translations/en/preferencesModal/sections")
        .forEach(
            s -> {
              if (s.has("linkedCategory")) sections.add(s.get("linkedCategory").asText());
            });
    assertThat(generic).containsExactly("analytics", "essential");
    assertThat(sections).containsExactly("analytics", "essential");
  }
}
