package dev.cookiereg.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules for the registry schema (src/main/resources/cookiereg/schema/cookies.schema.json): the real
 * registry validates, the schema documents every property and rejects unknown keys, and typical
 * editing mistakes are reported at the right place.
 */
class CookiesSchemaTest {

  private static final String SCHEMA_RESOURCE = "/cookiereg/schema/cookies.schema.json";
  private static final String SCHEMA_ID = "https://cookiereg.dev/schema/cookies.schema.json";

  /** Keywords whose value is a single subschema. */
  private static final Set<String> SUBSCHEMA_KEYWORDS =
      Set.of(
          "items",
          "contains",
          "not",
          "then",
          "else",
          "additionalProperties",
          "unevaluatedProperties",
          "unevaluatedItems",
          "propertyNames");

  /** Keywords whose value is an array of subschemas. */
  private static final Set<String> SUBSCHEMA_ARRAY_KEYWORDS =
      Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords whose value maps names to subschemas. */
  private static final Set<String> SUBSCHEMA_MAP_KEYWORDS =
      Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String schemaText;
  private static JsonNode schemaJson;
  private static SchemaRegistry registry;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CookiesSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource %s", SCHEMA_RESOURCE).isNotNull();
      schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    schemaJson = JSON.readTree(schemaText);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(config).schemas(Map.of(SCHEMA_ID, schemaText)));
    schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
  }

  // ---- the real registry ----

  @Test
  void realRegistryIsValid() throws IOException {
    JsonNode registryYaml = YAML.readTree(Files.readString(Path.of("cookies.yaml")));
    assertThat(describe(schema.validate(registryYaml))).isEmpty();
  }

  // ---- the schema documents itself and is closed ----

  @Test
  void schemaDeclaresDraft2020AndItsId() {
    assertThat(schemaJson.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaJson.path("$id").asText()).isEqualTo(SCHEMA_ID);
    assertThat(schemaJson.path("title").asText()).isNotBlank();
    assertThat(schemaJson.path("description").asText()).isNotBlank();
  }

  @Test
  void everyObjectRejectsUnknownKeys() {
    List<String> open = new ArrayList<>();
    walk(
        schemaJson,
        "",
        (node, pointer) -> {
          boolean isObjectSchema =
              "object".equals(node.path("type").asText()) || node.has("properties");
          boolean closed =
              node.path("additionalProperties").isBoolean()
                      && !node.path("additionalProperties").asBoolean()
                  || node.path("unevaluatedProperties").isBoolean()
                      && !node.path("unevaluatedProperties").asBoolean();
          if (isObjectSchema && !closed) {
            open.add(pointer);
          }
        });
    assertThat(open)
        .as("object schemas without additionalProperties/unevaluatedProperties false")
        .isEmpty();
  }

  @Test
  void everyPropertyAndDefinitionHasDescriptionAndExamples() {
    List<String> undocumented = new ArrayList<>();
    walk(
        schemaJson,
        "",
        (node, pointer) -> {
          for (String container : List.of("properties", "$defs")) {
            JsonNode members = node.path(container);
            for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> member = it.next();
              String where = pointer + "/" + container + "/" + escape(member.getKey());
              JsonNode sub = member.getValue();
              if (!sub.path("description").isTextual()
                  || sub.path("description").asText().isBlank()) {
                undocumented.add(where + " (description)");
              }
              if (!sub.path("examples").isArray() || sub.path("examples").isEmpty()) {
                undocumented.add(where + " (examples)");
              }
            }
          }
        });
    assertThat(undocumented).isEmpty();
  }

  @Test
  void everyExampleIsValid() {
    List<String> invalid = new ArrayList<>();
    walk(
        schemaJson,
        "",
        (node, pointer) -> {
          if (!node.path("examples").isArray()) {
            return;
          }
          Schema sub = registry.getSchema(SchemaLocation.of(SCHEMA_ID + "#" + pointer));
          int i = 0;
          for (JsonNode example : node.path("examples")) {
            List<String> errors = describe(sub.validate(example));
            if (!errors.isEmpty()) {
              invalid.add(pointer + "/examples/" + i + ": " + errors);
            }
            i++;
          }
        });
    assertThat(invalid).isEmpty();
  }

  @Test
  void schemaFileIsPrettyPrintedWithTwoSpaces() {
    List<String> lines = schemaText.lines().collect(Collectors.toList());
    assertThat(lines.size()).as("one key per line").isGreaterThan(100);
    assertThat(lines.get(1)).startsWith("  \"$schema\"");
    assertThat(lines)
        .allMatch(
            l -> (l.length() - l.stripLeading().length()) % 2 == 0 && !l.startsWith("\t"),
            "indented in steps of two spaces");
  }

  // ---- typical mistakes are reported where they are ----

  @Test
  void unknownKeyIsAnError() throws IOException {
    List<Error> errors =
        validate(
            cookieRegistry(
                """
          - name: _ga
            provider: google-analytics
            category: analytics
            purpose: Distinguishes unique visitors
            duraton: P2Y
        """));
    assertThat(describe(errors))
        .contains("/cookies/0 additionalProperties")
        .contains("/cookies/0 required");
    assertThat(errors).anySatisfy(e -> assertThat(e.getProperty()).isEqualTo("duraton"));
  }

  @Test
  void partyIsFirstOrThird() throws IOException {
    String yaml = MINIMAL.replace("party: first", "party: fourth");
    assertThat(describe(validate(yaml))).containsExactly("/providers/0/party enum");
  }

  @Test
  void versionHasThreeParts() throws IOException {
    // Unquoted, YAML reads 1.0 as a number.
    assertThat(describe(validate(MINIMAL.replace("version: 1.0.0", "version: 1.0"))))
        .containsExactly("/policy/version type");
    assertThat(describe(validate(MINIMAL.replace("version: 1.0.0", "version: '1.0'"))))
        .containsExactly("/policy/version pattern");
  }

  @Test
  void urlMustBeHttpsOrMailto() throws IOException {
    String yaml =
        MINIMAL
            + """
        browsers:
          - name: Chrome
            url: javascript:alert(1)
        """;
    assertThat(describe(validate(yaml))).containsExactly("/browsers/0/url pattern");
    assertThat(describe(validate(yaml.replace("javascript:alert(1)", "http://example.com"))))
        .containsExactly("/browsers/0/url pattern");
    assertThat(describe(validate(yaml.replace("javascript:alert(1)", "mailto:legal@aktok.com"))))
        .isEmpty();
  }

  @Test
  void durationIsIso8601() throws IOException {
    List<String> errors =
        describe(
            validate(
                cookieRegistry(
                    """
          - name: _pk_id
            provider: aktok
            category: essential
            purpose: Visitor id
            duration: 13 months
        """)));
    assertThat(errors).isNotEmpty().allMatch(e -> e.startsWith("/cookies/0/duration "));
    assertThat(errors).contains("/cookies/0/duration oneOf");
  }

  @Test
  void durationShapesAreAccepted() throws IOException {
    for (String duration :
        List.of(
            "session",
            "P13M",
            "PT24H",
            "P1D",
            "P2Y",
            "PT30M",
            "{idle: PT30M}",
            "{idle: PT30M, display: 30 minutes of inactivity}",
            "{variants: [{duration: PT12H, label: standard}, {duration: P30D, label: remember me}]}")) {
      assertThat(
              describe(
                  validate(
                      cookieRegistry(
                          """
            - name: _pk_id
              provider: aktok
              category: essential
              purpose: Visitor id
              duration: %s
          """
                              .formatted(duration)))))
          .as(duration)
          .isEmpty();
    }
    for (String duration :
        List.of(
            "P",
            "PT",
            "P1H",
            "{idle: PT30M, variants: []}",
            "{variants: [{duration: PT12H, label: standard}]}")) {
      assertThat(
              describe(
                  validate(
                      cookieRegistry(
                          """
            - name: _pk_id
              provider: aktok
              category: essential
              purpose: Visitor id
              duration: %s
          """
                              .formatted(duration)))))
          .as(duration)
          .isNotEmpty();
    }
  }

  @Test
  void categoryIdIsKebabCase() throws IOException {
    String yaml = MINIMAL.replace("- id: essential", "- id: Bad Id");
    assertThat(describe(validate(yaml))).containsExactly("/categories/0/id pattern");
  }

  @Test
  void cookieNeedsNameOrLabel() throws IOException {
    List<Error> errors =
        validate(
            cookieRegistry(
                """
          - id: session-id
            provider: aktok
            category: essential
            purpose: Session
            duration: session
        """));
    // anyOf [required name, required label]: both alternatives are reported.
    assertThat(describe(errors)).containsOnly("/cookies/0 required");
    assertThat(errors).extracting(Error::getProperty).containsExactlyInAnyOrder("name", "label");
  }

  @Test
  void wildcardCookieNameNeedsId() throws IOException {
    String cookie =
        """
          - name: ph_*_posthog
            provider: aktok
            category: essential
            purpose: Visitor id
            duration: P1Y
        """;
    assertThat(describe(validate(cookieRegistry(cookie)))).contains("/cookies/0 required");
    assertThat(
            describe(
                validate(cookieRegistry(cookie.replace("- name:", "- id: ph_posthog\n    name:")))))
        .isEmpty();
  }

  @Test
  void blockHasExactlyOneKind() throws IOException {
    assertThat(
            describe(
                validate(
                    MINIMAL.replace(
                        "- clause: Cookies are small text files.",
                        "- clause: Cookies are small text files.\n        text: And a paragraph."))))
        .contains("/sections/0/content/0 oneOf");
    assertThat(
            describe(
                validate(
                    MINIMAL.replace(
                        "- clause: Cookies are small text files.",
                        "- text: Cookies are small text files.\n        list: browsers"))))
        .contains("/sections/0/content/0 dependentRequired");
  }

  @Test
  void sectionsNest() throws IOException {
    assertThat(
            describe(
                validate(
                    MINIMAL.replace(
                        "- clause: Cookies are small text files.",
                        """
        - section:
                  id: nested
                  title: Nested
                  content:
                    - clause: Inside.
                    - section:
                        id: deeper
                        title: Deeper
                        content:
                          - generate: contact
        """
                            .strip()))))
        .isEmpty();
  }

  // ---- helpers ----

  /** A small registry that is valid; tests break one thing in it. */
  private static final String MINIMAL =
      """
      policy:
        title: Cookie Policy
        version: 1.0.0
        effective: 2026-04-03
        lastUpdated: 2026-04-03
        language: en
      controller:
        name: Aktok Inc
        email: legal@aktok.com
      service:
        name: the Aktok platform
        domain: aktok.com
      categories:
        - id: essential
          title: Essential Cookies
          description: Strictly necessary.
          legalBasis: strictly-necessary
      providers:
        - id: aktok
          name: Aktok
          party: first
      cookies: []
      sections:
        - id: what-are-cookies
          title: What Are Cookies
          content:
            - clause: Cookies are small text files.
      """;

  /** MINIMAL with the given cookie list items (indented by 2 within {@code cookies:}). */
  private static String cookieRegistry(String cookieItems) {
    return MINIMAL.replace("cookies: []\n", "cookies:\n" + cookieItems);
  }

  @Test
  void minimalRegistryIsValid() throws IOException {
    assertThat(describe(validate(MINIMAL))).isEmpty();
  }

  private static List<Error> validate(String yaml) throws IOException {
    return schema.validate(YAML.readTree(yaml));
  }

  /** "instance-pointer keyword" per error, for readable assertions and failure messages. */
  private static List<String> describe(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword())
        .collect(Collectors.toList());
  }

  private interface Visitor {
    void visit(JsonNode schemaNode, String pointer);
  }

  /** Visits every subschema, except the conditions under {@code if} (tests, not definitions). */
  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (!node.isObject()) {
      return;
    }
    visitor.visit(node, pointer);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      String here = pointer + "/" + escape(key);
      if (SUBSCHEMA_KEYWORDS.contains(key)) {
        walk(value, here, visitor);
      } else if (SUBSCHEMA_ARRAY_KEYWORDS.contains(key)) {
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), here + "/" + i, visitor);
        }
      } else if (SUBSCHEMA_MAP_KEYWORDS.contains(key)) {
        for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
          Map.Entry<String, JsonNode> member = members.next();
          walk(member.getValue(), here + "/" + escape(member.getKey()), visitor);
        }
      }
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
